// Held-out split of the wallet corpus: paste shapes that do not appear in the dev split, written
// separately. Evaluated only (bench/run.ts prints its scores); never tuned against.
import { decoy, doc, key } from '../labels';
import type { LanguageCode } from './fake-wallet';
import type { WalletTemplate } from './templates-dev';

const W = (value: string) => key('wallet', value);

const chatLog: WalletTemplate = (w) => ({
  ext: 'log',
  ...doc`[09:14] <mike> support said to paste the words here so they can "sync" it
[09:15] <mike> ${W(w.phrase('en', 12))}
[09:15] <ana> NO. delete that now, nobody legit asks for it
[09:16] <mike> ok, tx was ${decoy('hash', w.txHash())}
`,
});

const markdownTable: WalletTemplate = (w) => {
  const words = w.phrase(w.pick<LanguageCode>(['en', 'es']), 12).split(' ');
  const rows = words.map((word, i) => `| ${i + 1} | ${word} |`).join('\n');
  return { ext: 'md', ...doc`| # | word |\n|---|---|\n${W(rows)}\n` };
};

const pythonScript: WalletTemplate = (w) => ({
  ext: 'py',
  ...doc`from eth_account import Account
from web3 import Web3

w3 = Web3(Web3.HTTPProvider("http://localhost:8545"))
acct = Account.from_key("${W(`0x${w.privateKeyHex()}`)}")
print(w3.eth.get_transaction("${decoy('hash', w.txHash())}"))
`,
});

const csvExport: WalletTemplate = (w) => {
  const words = w.phrase('pt', 12).split(' ');
  return { ext: 'csv', ...doc`position,word\n${W(words.map((x, i) => `${i + 1},${x}`).join('\n'))}\n` };
};

const tfvars: WalletTemplate = (w) => ({
  ext: 'tfvars',
  ...doc`region = "eu-west-1"
validator_private_key = "${W(w.privateKeyHex())}"
genesis_hash          = "${decoy('hash', w.hex(64))}"
`,
});

const electrumJson: WalletTemplate = (w) => {
  const ext = w.extended(w.pick(['xprv', 'yprv', 'zprv']));
  return {
    ext: 'json',
    ...doc`{"keystore": {"type": "bip32", "xprv": "${W(ext.priv)}", "xpub": "${decoy('public-by-design', ext.pub)}"}, "wallet_type": "standard"}\n`,
  };
};

const czechChat: WalletTemplate = (w) => ({
  ext: 'txt',
  ...doc`Ahoj, tady jsou slova k peněžence: ${W(w.phrase('cs', 12).split(' ').join(', '))}. Díky!\n`,
});

const bitcoinCli: WalletTemplate = (w) => ({
  ext: 'sh',
  ...doc`$ bitcoin-cli -testnet importprivkey ${W(w.wif(true, true))} "old" false
$ bitcoin-cli getnewaddress
${decoy('identifier', w.btcAddress())}
`,
});

const solanaEnv: WalletTemplate = (w) => ({
  ext: 'env',
  ...doc`SOLANA_RPC=https://api.devnet.solana.com
SOLANA_PRIVATE_KEY=${W(w.solana().base58)}
`,
});

const paperWallet: WalletTemplate = (w) => ({
  ext: 'txt',
  ...doc`BIP38 paper wallet — passphrase in the other envelope
Encrypted private key: ${W(w.bip38())}
Address: ${decoy('identifier', w.btcAddress())}
`,
});

const compactJson: WalletTemplate = (w) => ({
  ext: 'json',
  ...doc`{"words":${W(JSON.stringify(w.phrase(w.pick<LanguageCode>(['en', 'fr']), 15).split(' ')))}}\n`,
});

const sortedWordList: WalletTemplate = (w) => {
  const start = w.int(0, 2000);
  const words = w.words('en').slice(start, start + 40).join('\n');
  return { ext: 'txt', ...doc`BIP-39 English words ${start + 1}–${start + 40}:\n${words}\n` };
};

const explorerPage: WalletTemplate = (w) => ({
  ext: 'html',
  ...doc`<table><tr><td>Tx hash</td><td>${decoy('hash', w.txHash())}</td></tr>
<tr><td>Block</td><td>${decoy('hash', w.txHash())}</td></tr>
<tr><td>From</td><td>${decoy('identifier', w.ethAddress())}</td></tr></table>
<p>Input data: ${decoy('encoded-data', `0x${w.hex(64)}`)}</p>
`,
});

const twinsAndKey: WalletTemplate = (w) => {
  const lang = w.pick<LanguageCode>(['en', 'ja', 'it']);
  const real = w.phrase(lang, 24);
  const sep = lang === 'ja' ? '\u3000' : ' ';
  return {
    ext: 'txt',
    ...doc`old (wrong): ${decoy('checksum-failed', w.badTwin(w.phrase(lang, 24), lang))}
new: ${W(real.split(sep).join(sep))}
`,
  };
};

export const WALLET_HOLDOUT_TEMPLATES: Record<string, WalletTemplate> = {
  chatLog, markdownTable, pythonScript, csvExport, tfvars, electrumJson, czechChat, bitcoinCli,
  solanaEnv, paperWallet, compactJson, sortedWordList, explorerPage, twinsAndKey,
};
