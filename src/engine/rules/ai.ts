// AI platforms: all prefixed. OpenAI keys embed the fixed marker T3BlbkFJ ("OpenAI" in base64)
// and Anthropic keys end in AA; values without them are not these keys.

import { bounded, type Rule } from './rule';
import { ALNUM, HEX, URLSAFE, fake } from './sample';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function simple(id: string, provider: string, keyword: string, core: string, sample: string): Rule {
  const prefix = new RegExp('^' + keyword.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  return {
    id, provider, kind: 'token', severity: 'high', confidence: 'high',
    keywords: [keyword], pattern: bounded(core), prefix,
    examples: { positive: [`API_KEY="«${sample}»"`], negative: [`${keyword}short`, `${keyword}${'x'.repeat(60)}`] },
  };
}

export const AI_RULES: Rule[] = [
  {
    id: 'openai-api-key',
    provider: 'openai',
    kind: 'token',
    severity: 'high',
    confidence: 'high',
    keywords: ['T3BlbkFJ'],
    keywordsAnywhere: true,
    // Loose here, exact in validate: a regex with the marker between two variable runs would backtrack.
    pattern: bounded('sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{40,400}'),
    prefix: /^sk-(?:proj-|svcacct-|admin-|None-)?/,
    validate: (v) => {
      const i = v.indexOf('T3BlbkFJ');
      if (i < 0) return false;
      if (/^sk-(?:proj|svcacct|admin|None)-/.test(v)) return i >= 20 && v.length - i - 8 >= 20;
      return /^sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}$/.test(v);
    },
    classify: (h) => (h.value.startsWith('sk-admin-') ? { severity: 'critical' } : {}),
    examples: {
      positive: [
        `OPENAI_API_KEY=«sk-proj-${fake(URLSAFE, 74, 31)}T3BlbkFJ${fake(URLSAFE, 74, 32)}»`,
        `«sk-${fake(ALNUM, 20, 33)}T3BlbkFJ${fake(ALNUM, 20, 34)}»`,
        `«sk-svcacct-${fake(URLSAFE, 60, 35)}T3BlbkFJ${fake(URLSAFE, 60, 36)}»`,
      ],
      negative: [`sk-proj-${fake(URLSAFE, 156, 31)}`, 'sk-...', `sk-${fake(ALNUM, 48, 37)}`],
    },
  },
  {
    id: 'anthropic-api-key',
    provider: 'anthropic',
    kind: 'token',
    severity: 'high',
    confidence: 'high',
    keywords: ['sk-ant-'],
    pattern: bounded('sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA'),
    prefix: /^sk-ant-(?:api03|admin01)-/,
    classify: (h) => (h.value.startsWith('sk-ant-admin01-') ? { severity: 'critical' } : {}),
    examples: {
      positive: [`ANTHROPIC_API_KEY=«sk-ant-api03-${fake(URLSAFE, 93, 38)}AA»`],
      negative: [`sk-ant-api03-${fake(URLSAFE, 93, 38)}AB`, 'sk-ant-api03-...'],
    },
  },
  simple('groq-api-key', 'groq', 'gsk_', 'gsk_[A-Za-z0-9]{52}', `gsk_${fake(ALNUM, 52, 39)}`),
  simple('xai-api-key', 'xai', 'xai-', 'xai-[A-Za-z0-9]{80}', `xai-${fake(ALNUM, 80, 40)}`),
  simple('openrouter-api-key', 'openrouter', 'sk-or-v1-', 'sk-or-v1-[a-f0-9]{64}', `sk-or-v1-${fake(HEX, 64, 41)}`),
  simple('perplexity-api-key', 'perplexity', 'pplx-', 'pplx-[A-Za-z0-9]{48}', `pplx-${fake(ALNUM, 48, 42)}`),
  simple('replicate-api-token', 'replicate', 'r8_', 'r8_[A-Za-z0-9]{37}', `r8_${fake(ALNUM, 37, 43)}`),
  {
    ...simple('huggingface-token', 'huggingface', 'hf_', 'hf_[A-Za-z]{34}|api_org_[A-Za-z]{34}', `hf_${fake(LETTERS, 34, 44)}`),
    keywords: ['hf_', 'api_org_'],
    prefix: /^(?:hf_|api_org_)/,
  },
];
