import { describe, expect, it } from 'vitest';
import { contextHasWord, labelBefore, nearestWord, serviceOf, splitWords } from './context';

const labelOf = (text: string) => labelBefore(text, text.indexOf('VALUE'));

describe('labelBefore', () => {
  it.each([
    ['KRAKEN_API_KEY=VALUE', 'keyish', ['kraken', 'api', 'key']],
    ['"apiSecret": "VALUE"', 'keyish', ['api', 'secret']],
    ['API-Key: VALUE', 'keyish', ['api', 'key']],
    ['Private Key:\nVALUE', 'keyish', ['private', 'key']],
    ['API-Sign: VALUE', 'trap', ['api', 'sign']],
    ['signature=VALUE', 'trap', ['signature']],
    ['sha256: VALUE', 'trap', ['sha256']],
    ['"signingSecret": "VALUE"', 'keyish', ['signing', 'secret']],
    ['name="authenticity_token" value="VALUE"', 'trap', ['authenticity', 'token']],
    ['{"key": "BOT_TOKEN", "value": "VALUE"}', 'keyish', ['bot', 'token']],
    ['- name: STRIPE_KEY\n  value: VALUE', 'keyish', ['stripe', 'key']],
    ['color: VALUE', 'neutral', ['color']],
    ['VALUE', 'neutral', []],
    ['0a1b2c3d4e5f60718293a4b5 VALUE', 'neutral', []],
    // Command-line flags name what follows them; curl -u names a basic-auth credential.
    ['vercel deploy --prod --token VALUE', 'keyish', ['prod', 'token']],
    ['netlify deploy --auth=VALUE', 'keyish', ['deploy', 'auth']],
    ['az storage blob list --account-key VALUE', 'keyish', ['list', 'account', 'key']],
    ['openssl dgst --signature VALUE', 'trap', ['dgst', 'signature']],
    ['curl -u admin:VALUE https://api.example.org', 'keyish', ['basic', 'auth']],
    ['curl --user VALUE: https://api.example.org', 'keyish', ['basic', 'auth']],
    ['curl -sS -u "VALUE:" https://api.example.org', 'keyish', ['basic', 'auth']],
    ['ssh admin:VALUE', 'neutral', ['ssh', 'admin']],
    // Assignment operators of Makefiles (?=, +=), PHP (.=) and YAML block scalars (key: |, key: >).
    ['DEPLOY_TOKEN ?= "VALUE"', 'keyish', ['deploy', 'token']],
    ['EXTRA_API_KEY += "VALUE"', 'keyish', ['extra', 'api', 'key']],
    ['$serviceToken .= "VALUE";', 'keyish', ['service', 'token']],
    ['service_token: |\n  VALUE', 'keyish', ['service', 'token']],
    ['service_token: >\n  VALUE', 'keyish', ['service', 'token']],
    // A subscript names what is assigned to it (Python, JavaScript, Ruby).
    ['os.environ["KRAKEN_API_SECRET"] = "VALUE"', 'keyish', ['kraken', 'api', 'secret']],
    ["config['api_key'] = 'VALUE'", 'keyish', ['api', 'key']],
    ['settings[:deploy_token] = "VALUE"', 'keyish', ['deploy', 'token']],
    ['- VALUE', 'neutral', []],
  ])('%s', (text, kind, words) => {
    expect(labelOf(text)).toMatchObject({ kind, words });
  });

  it('keeps the nearest name as written', () => {
    expect(labelOf('API-Key: VALUE').name).toBe('API-Key');
    expect(labelOf('x-api-key: VALUE').name).toBe('x-api-key');
    expect(labelOf('--token VALUE').name).toBe('--token');
    expect(labelOf('{"key": "BOT_TOKEN", "value": "VALUE"}').name).toBe('BOT_TOKEN');
    expect(labelOf('VALUE').name).toBe('');
  });
});

describe('serviceOf', () => {
  it.each([
    ['GUMROAD_API_TOKEN=VALUE', 'gumroad'],
    ['clarifaiSecret: "VALUE"', 'clarifai'],
    ['export LOBSTER_ACCESS_KEY="VALUE"', 'lobster'],
    ['{"key": "ACME_TOKEN", "value": "VALUE"}', 'acme'],
    ['API_KEY=VALUE', ''], // says only "a key"
    ['prodAccessToken = "VALUE"', ''],
    ['ACME_PASSWORD=VALUE', ''], // not a key, token or secret
    ['ACME_PUBLIC_KEY=VALUE', ''], // public by design
    ['acmeClientToken: "VALUE"', ''],
    ['queryKey: "VALUE"', ''], // no credential
    ['ACME_TEST_KEY=VALUE', ''], // a stand-in
    ['ACME_SESSION_TOKEN=VALUE', ''], // a trap word
    ['acme_key_id: VALUE', ''], // ends in id
    ['ACME_PUBKEY=VALUE', ''], // public by design, in one word
    ['acmeSitekey: "VALUE"', ''],
    ['ACME_SORTKEY=VALUE', ''], // no credential
    ['ACME_APIKEY=VALUE', 'acme'], // api names nothing
    ['Using Key=VALUE', ''], // a log line's verb
    ['GIT_KEY=VALUE', ''], // any git host's
  ])('%s → %j', (text, service) => {
    expect(serviceOf(labelOf(text))).toBe(service);
  });
});

describe('words', () => {
  it('splits identifiers keeping digits with their letters', () => {
    expect(splitWords('KRAKEN_API_KEY')).toEqual(['kraken', 'api', 'key']);
    expect(splitWords('sha256Digest')).toEqual(['sha256', 'digest']);
    expect(splitWords('APIKey')).toEqual(['api', 'key']);
  });
  it('finds whole words, camelCase humps included, nearest first', () => {
    const t = 'krakenApiKey draws MY_KRAKEN_KEY aws';
    expect(nearestWord(t, ['kraken'], 0, t.length, 0)).toBe(0);
    expect(nearestWord(t, ['kraken'], 0, t.length, 30)).toBe(22);
    expect(nearestWord(t, ['aws'], 0, t.length, 0)).toBe(33);
    expect(nearestWord('myKrakenKey', ['kraken'], 0, 11, 0)).toBe(2);
    expect(nearestWord('krakenite', ['kraken'], 0, 9, 0)).toBe(-1);
    expect(contextHasWord('kraken://apikey', ['kraken'])).toBe(true);
    expect(contextHasWord(undefined, ['kraken'])).toBe(false);
  });
});
