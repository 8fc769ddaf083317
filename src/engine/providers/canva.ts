// Canva Connect: OAuth client secrets are cnvca and 51 URL-safe characters (canva.dev, Connect
// API "Authentication"; as Kingfisher's canva rule reads them). Client ids (OC-…) are public.

import { simpleToken } from '../rules/common';
import { defineProvider } from '../rules/define';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'canva',
  name: 'Canva',
  category: 'other',
  domains: ['canva.com', 'canva.dev'],
  keysUrl: 'https://www.canva.com/developers/integrations/connect-api',
  canDo: 'Act as the integration: exchange users\' authorization codes for tokens that read and change their designs and assets.',
  rules: [simpleToken('canva-client-secret', 'cnvca', 'cnvca[A-Za-z0-9_-]{51}', `cnvca${fake(URLSAFE, 51, 9230)}`)],
});
