// Development split of the wallet corpus: the places wallet secrets are pasted, each with decoys
// (addresses, transaction hashes, extended public keys, phrases whose checksum fails, public test
// mnemonics). Tuned against; the held-out split (templates-holdout.ts) is only evaluated.
import { decoy, doc, key, type Fragment } from '../labels';
import type { FakeWallet, LanguageCode } from './fake-wallet';

export type WalletTemplate = (w: FakeWallet) => Fragment & { ext: string };

const W = (value: string) => key('wallet', value);
const HARDHAT = 'test test test test test test test test test test test junk';

const forumPost: WalletTemplate = (w) => {
  const phrase = w.phrase('en', w.pick([12, 24]));
  return {
    ext: 'txt',
    ...doc`Subject: wallet drained?? please help

I restored my wallet on a new phone yesterday using my seed words:
${W(phrase)}
and now the balance shows 0. The last transaction was ${decoy('hash', w.txHash())} to
${decoy('identifier', w.ethAddress())} which I never sent. Did someone get my phrase? What can I do?
`,
  };
};

const dotEnv: WalletTemplate = (w) => {
  const phrase = w.phrase('en', 24);
  return {
    ext: 'env',
    ...doc`# deployer
MNEMONIC="${W(phrase)}"
PRIVATE_KEY=0x${W(w.privateKeyHex())}
DEPLOYER_ADDRESS=${decoy('identifier', w.ethAddress())}
RPC_URL=http://127.0.0.1:8545
LAST_DEPLOY_TX=${decoy('hash', w.txHash())}
`,
  };
};

const hardhatConfig: WalletTemplate = (w) => ({
  ext: 'js',
  ...doc`require("@nomicfoundation/hardhat-toolbox");

module.exports = {
  solidity: "0.8.24",
  networks: {
    // local node: ${decoy('documentation-example', HARDHAT)}
    hardhat: {},
    sepolia: {
      url: "http://127.0.0.1:8545",
      accounts: ["${W(`0x${w.privateKeyHex()}`)}"],
    },
  },
};
`,
});

const ethersScript: WalletTemplate = (w) => {
  const phrase = w.phrase('en', 12);
  return {
    ext: 'ts',
    ...doc`import { ethers } from "ethers";

const provider = new ethers.JsonRpcProvider(process.env.RPC);
const hot = new ethers.Wallet("${W(`0x${w.privateKeyHex()}`)}", provider);
const backup = ethers.Wallet.fromPhrase("${W(phrase)}");
const receipt = await provider.getTransactionReceipt("${decoy('hash', w.txHash())}");
console.log(hot.address, backup.address, receipt?.blockHash);
`,
  };
};

const yamlConfig: WalletTemplate = (w) => {
  const lang = w.pick<LanguageCode>(['es', 'pt', 'it']);
  const ext = w.extended(w.pick(['xprv', 'zprv']));
  return {
    ext: 'yaml',
    ...doc`wallet:
  name: cold-storage
  seed_phrase: "${W(w.phrase(lang, 18))}"
  account_xprv: ${W(ext.priv)}
  watch_only: ${decoy('public-by-design', ext.pub)}
`,
  };
};

const numberedList: WalletTemplate = (w) => {
  const lang = w.pick<LanguageCode>(['en', 'fr', 'cs']);
  const words = w.phrase(lang, 24).split(' ');
  const list = words.map((word, i) => `${i + 1}. ${word}`).join('\n');
  return { ext: 'md', ...doc`## Recovery sheet (do not share)\n\n${W(list)}\n\nWritten down on 2024-03-02.\n` };
};

const htmlMarkup: WalletTemplate = (w) => {
  const words = w.phrase(w.pick<LanguageCode>(['en', 'it']), 12).split(' ');
  const items = words.map((word) => `<li class="seed-word">${word}</li>`).join('\n      ');
  return {
    ext: 'html',
    ...doc`<section class="backup">
  <h2>Your recovery phrase</h2>
  <ol class="seed-grid">
      ${W(items)}
  </ol>
  <p>Address: <code>${decoy('identifier', w.ethAddress())}</code></p>
</section>
`,
  };
};

const wifNote: WalletTemplate = (w) => ({
  ext: 'txt',
  ...doc`paper wallet from 2017
address: ${decoy('identifier', w.btcAddress())}
private key (WIF): ${W(w.wif(w.pick([true, false])))}
`,
});

const proseWithTwin: WalletTemplate = (w) => {
  const twin = w.badTwin(w.phrase('en', 12));
  return {
    ext: 'md',
    ...doc`A recovery phrase is a list of twelve or twenty-four ordinary words, such as "ocean" or "table",
chosen at random from a fixed list of 2048. Keep it offline. Here is one with a typo in the last word,
which any wallet will refuse: ${decoy('checksum-failed', twin)}. Never type yours into a website.
`,
  };
};

const failedLongPhrase: WalletTemplate = (w) => {
  const lang = w.pick<LanguageCode>(['en', 'es', 'fr']);
  return {
    ext: 'txt',
    ...doc`Tried to restore with this, wallet says invalid: ${decoy('checksum-failed', w.badTwin(w.phrase(lang, 24), lang))}
`,
  };
};

const solanaFiles: WalletTemplate = (w) => {
  const s = w.solana();
  return {
    ext: 'ts',
    ...doc`import { Keypair } from "@solana/web3.js";
import bs58 from "bs58";

// exported from Phantom
const payer = Keypair.fromSecretKey(bs58.decode("${W(s.base58)}"));
const lastSig = "${decoy('signature', w.solana().base58)}";
`,
  };
};

const solanaKeypairFile: WalletTemplate = (w) => ({ ext: 'json', ...doc`${W(w.solana().array)}\n` });

const keystoreFile: WalletTemplate = (w) => {
  const k = w.keystore();
  const at = k.json.indexOf(k.ciphertext);
  return { ext: 'json', ...doc`${k.json.slice(0, at)}${key('wallet', k.ciphertext)}${k.json.slice(at + k.ciphertext.length)}\n` };
};

const cjkMessages: WalletTemplate = (w) => {
  const lang = w.pick<LanguageCode>(['ja', 'ko', 'zh-Hans', 'zh-Hant']);
  return { ext: 'txt', ...doc`backup (${lang}):\n${W(w.phrase(lang, 12))}\n` };
};

export const WALLET_DEV_TEMPLATES: Record<string, WalletTemplate> = {
  forumPost, dotEnv, hardhatConfig, ethersScript, yamlConfig, numberedList, htmlMarkup, wifNote,
  proseWithTwin, failedLongPhrase, solanaFiles, solanaKeypairFile, keystoreFile, cjkMessages,
};
