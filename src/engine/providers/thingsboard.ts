// ThingsBoard (IoT platform): a device authenticates with its access token, which the HTTP and
// CoAP device APIs take in the URL path (https://<host>/api/v1/<token>/telemetry); generated
// tokens are 20 letters and digits. Devices that provision themselves send the profile's
// provisionDeviceKey and provisionDeviceSecret (20 characters each). Formats: ThingsBoard's device
// API and provisioning docs; Kingfisher's thingsboard.yml.

import { defineProvider } from '../rules/define';
import { LOWER_ALNUM, fake } from '../rules/sample';

const mixes = (v: string): boolean => /[0-9]/.test(v) && /[a-zA-Z]/.test(v);

export default defineProvider({
  slug: 'thingsboard',
  name: 'ThingsBoard',
  category: 'other',
  domains: ['thingsboard.io', 'thingsboard.cloud'],
  noKeysUrl: 'A device token is changed on the device itself in ThingsBoard (Devices → the device → Manage credentials); provisioning keys in its device profile.',
  canDo: 'Send telemetry and attributes as the device, read its shared attributes, or register new devices with the provisioning pair.',
  rules: [
    {
      id: 'thingsboard-device-token',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['thingsboard.cloud/api/v1/', 'thingsboard.io/api/v1/'],
      // Not bounded(): the token ends at the '/' of the path that follows (/telemetry).
      pattern: /(?<![A-Za-z0-9_.-])((?:(?:https?|coaps?):\/\/)?(?:[a-z0-9-]{1,30}\.)?thingsboard\.(?:cloud|io)\/api\/v1\/[A-Za-z0-9]{20})(?![A-Za-z0-9_=+-])/g,
      prefix: /^.{0,60}\/api\/v1\//,
      validate: (v) => mixes(v.slice(v.lastIndexOf('/') + 1)),
      examples: {
        positive: [
          `curl -v -X POST «https://thingsboard.cloud/api/v1/${fake(LOWER_ALNUM, 20, 8634)}»/telemetry --header Content-Type:application/json --data '{"temperature":25}'`,
          `coap-client -m post «coap://coap.thingsboard.cloud/api/v1/${fake(LOWER_ALNUM, 20, 8635)}»/telemetry -t json -e '{"temperature":25}'`,
        ],
        negative: ['https://thingsboard.cloud/api/v1/$ACCESS_TOKEN/telemetry', 'https://thingsboard.io/docs/reference/http-api/'],
      },
    },
    {
      id: 'thingsboard-provision-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'medium',
      confidence: 'medium',
      lengths: [20],
      pattern: /^[a-z0-9]{20}$/,
      validate: mixes,
      context: { words: ['thingsboard', 'provisiondevicesecret', 'provisiondevicekey'], names: ['provisiondevicesecret', 'provisiondevicekey'], strict: true },
      examples: {
        positive: [
          `{"deviceName": "pump-7", "provisionDeviceKey": "«${fake(LOWER_ALNUM, 20, 8636)}»"}`,
          `{"deviceName": "pump-7", "provisionDeviceSecret": "«${fake(LOWER_ALNUM, 20, 8637)}»"}`,
        ],
        negative: [`{"deviceName": "pump-7", "serial": "${fake(LOWER_ALNUM, 20, 8638)}"}`, '{"provisionDeviceKey": "PUT_PROVISION_KEY_HERE"}'],
      },
    },
  ],
});
