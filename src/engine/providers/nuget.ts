// NuGet: nuget.org API keys are oy2 and 43 lower-case base32 characters. Feed passwords also sit
// in clear text in nuget.config (<add key="ClearTextPassword" value="…" />).

import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';
import { bounded } from '../rules/rule';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

export default defineProvider({
  slug: 'nuget',
  name: 'NuGet',
  category: 'code',
  domains: ['nuget.org'],
  keysUrl: 'https://www.nuget.org/account/apikeys',
  canDo: 'Push new versions of the owner\'s packages (a supply-chain attack on everyone who installs them) or unlist them.',
  rules: [
    {
      id: 'nuget-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['oy2'],
      pattern: bounded('oy2[a-z2-7]{43}'),
      prefix: /^oy2/,
      validate: (v) => /[2-7]/.test(v.slice(3)),
      examples: {
        positive: [
          `dotnet nuget push bin/Release/*.nupkg --api-key «oy2${fake(BASE32, 43, 3040)}» --source https://api.nuget.org/v3/index.json`,
          `NUGET_API_KEY: «oy2${fake(BASE32, 43, 3041)}»`,
        ],
        negative: [`oy2${fake(BASE32, 42, 3042)}`, `oy2${fake(BASE32, 43, 3043).toUpperCase()}`, 'oy2abc...xyz'],
      },
    },
    {
      id: 'nuget-config-password',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      keywords: ['"ClearTextPassword"'],
      pattern: /<add key="ClearTextPassword"\s{1,10}value="([^"\s%$]{8,200})"\s{0,10}\/>/g,
      examples: {
        positive: [
          `<packageSourceCredentials>\n  <Contoso>\n    <add key="Username" value="ci-bot" />\n    <add key="ClearTextPassword" value="«${fake(ALNUM, 24, 3044)}»" />\n  </Contoso>\n</packageSourceCredentials>`,
        ],
        negative: ['<add key="ClearTextPassword" value="%NUGET_FEED_PASSWORD%" />', '<add key="ClearTextPassword" value="short" />'],
      },
    },
  ],
});
