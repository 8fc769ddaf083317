// Wallet secrets printed in public documentation and test suites, stored as SHA-256 of their
// normalised form (see found.ts) so the bundle does not carry them in clear. A match is reported
// as a documentation example, never an alert. The sources (BIP-39 and SeedQR test vectors, BIP-32
// test vectors 1–4, the Bitcoin wiki's WIF example, the private keys in web3.js's documented
// examples, Electrum's English seed test vectors, and the default mnemonics of Hardhat/Anvil,
// Ganache and Truffle with the account keys they print) are in test/fixtures/wallet/well-known.ts,
// and known.test.ts derives every entry again from them.
import { docHash } from '../filters';

const KNOWN = new Set<string>([
  '2250bd2b8ec56151f40f5a5735b96399f82bf16f6095efe7fea2b2ec72afce4a', // abandon abandon abandon
  'fd51a3701b188d895dd481343b8e8089589641e9713e5fc540ae028b9297930a', // legal winner thank
  '2ab5ea19c79bb44416023a7d72d918b8c5b8e7d2d2335abb27d53cf5c26ff35f', // letter advice cage
  'a3230f56899f7a517ea051ff2eff15463da402f9bbf277336f2740e47c3abd8b', // zoo zoo zoo
  '4388bdbac4ec4a645f0e556816c58999780839aacc407b0f44590b1c94e0c382', // abandon abandon abandon
  '527b05a712e9ab45fe4dda1963524540db9f37bef8301472d358df1840801664', // legal winner thank
  '485fed55e4437899ceed11d403c6f28098ae0f721d968d435ba15ef2928366e3', // letter advice cage
  '88145444f432e014bcbdd477d1a30160b9622283690d778469bc39b310a282cc', // zoo zoo zoo
  'ec419665b7b6926c60d748c2c8c0069c4f595be728f6bf1ce584e4000992c0fa', // abandon abandon abandon
  '34e44ca1e06f5a6d9bb4827b41f80055ea84cd6a35a386c7389169d24ab4c034', // legal winner thank
  'a78cc3a89a88868eeb5fbd72127dd152fd24ed5a041a16e7aa5d9deeae809f43', // letter advice cage
  '56a261805e28878662dc37ad3e067733aa65855542357310a7c3a5a9fa65e9e1', // zoo zoo zoo
  '576641c3b3f092557e8f844008a040d80f43bebbdb43c7e81aa6c2cdd9753f20', // lava include region
  'fb40db02a4ee2118aa8f6a3d594940b2ffe5ba070b8d864e5290727af2d063a8', // artefact card motor
  '75532f946fa4b9215c518c283f64491aa3e8b0b201aaf2da43ca6bd69c4e09c3', // absent gorilla van
  '6206e4c85f9249e2b86aa3fe2e514cb486a36892d4e8275f271ab721fb7d1ccc', // forum join pitch
  '5b35c6ad4bd2da69263bb50bc441f6dfd17269b777e56ec877a2b2f6c3874be0', // number winter peanut
  '3bef4a6eb9f658a521f00e8c3f079b73febc74a4777a32735336cdd7dd883adc', // disagree tomato unique
  '7081e5718d8b42422c81ba824886b90e1445869c4f60d74feeac6ad6f2abe264', // glow void ketchup
  'b36a932c046a191b634fd1c9858b5eb17fdfa12cc29d100ac629385ce349bc1b', // trash tobacco dizzy
  '5c6138961fe44b83146ec2eae4271574edb0bb83bfec5c4eaf7e83906bd1fbda', // meadow surge vanish
  '0e4eee50cf3a04ec148e515ff1e99d8ede297e1884210fe6a027140ef258f2d2', // about camera omit
  '9b146c82e446ada21211a7ca68e4a99b8592f8259a9068e182288b97ae01a05b', // reward margin topic
  '474ac60374c74d0da555953e69beb728060cf2adde15425c16c257dec6a9f3b2', // much youth advance
  'e1bac1deffbd8cd4f1d27e5594616c37e272ae584f9c0051aa559cb9aac353e8', // vacuum bridge buddy
  '26d6aa305e59ff642668c564f800ff9814ea43ae89535e1217fbbed29a70ca2c', // attack pizza motion
  '75d2bde3c0a347b806d3bdccedbb74e55e7bb4b33cae27969c72d8a62fdc99da', // atom solve joy
  '4c079d60baeffba256f2fec297acf7090ecd16edebae277fecfc882cc7c52ca9', // sound federal bonus
  '8adccb4bf2b49018ab79216e47b699e71fe3c93f5b0ef7b47fa0887a61982485', // forum undo fragile
  '5735af338d666c1d1031c5875c3d1e592e87af0b01af8f06867f026b2cd5f034', // good battle boil
  'f514d54f6bb3f86571c05a553e7862b906f61bb7c1ed214212d747206d96b91f', // approve fruit lens
  '64e1577ab08f01433ea07fda5086c58fb58f9532144705fe8682e71b6919d369', // dignity utility vacant
  'a930a3c85280fdf5fa55d37ef2980fe31bba24e0859722ca5e72d66df3f54b9e', // corn voice scrap
  'ad77c67cd0c1205c4c0451d428b2cd144220f88e844274c5ca9e888fedecfb40', // vocal tray giggle
  '94e24503e0b23509c6522e0dd1ecfa51f573274c326a9d797e3d52150d3dd762', // BIP-39 vector 0 root (TREZOR)
  'df55e055aa3b4c87d7fcefbf701362c7163366222fbfa116e01f39b6bf784c59', // BIP-39 vector 1 root (TREZOR)
  '67f604b3b057feab6db915b9bbaaf5b1967b054a5301f0fb497ace75c912efdc', // BIP-39 vector 2 root (TREZOR)
  '7f9e32f86692caf6bfc8ea42169c0b2ef3a6be259b0fcf508e3ccd75d194f310', // BIP-39 vector 3 root (TREZOR)
  '212f907d70e5b9c83ae69a509163896e25ce0c41fb87ebfaa9ecde4c9439be56', // BIP-39 vector 4 root (TREZOR)
  '9834d575692a5603f6524a35309ea68bdddcc44514d266ea29add82fadfdb72c', // BIP-39 vector 5 root (TREZOR)
  '04f09e0530b83f56f0ce3d6dddf31a87c8e761099d731c6476a22c01c5cc9c39', // BIP-39 vector 6 root (TREZOR)
  '94e13abd5c61fcb996696631c75bfc605ca3b6f6fd4a67435794687f6f8e0676', // BIP-39 vector 7 root (TREZOR)
  '9cbfd7616a268045b7eb10144cb75a910d1cefc05f067642cc9a2f808c3ab4f0', // BIP-39 vector 8 root (TREZOR)
  '24a5cd856c9d051de25b0a17f983c0eac4aea049bd7612d33e78c7ce7a161800', // BIP-39 vector 9 root (TREZOR)
  '35d14e4e462e2def17a8d569bad3a0df90f79ea3b2cba0cf94622b1935ed245b', // BIP-39 vector 10 root (TREZOR)
  '1a5b15c813610055aa3aa3ade87288d2ead56378997d52b75ff689ccd8372481', // BIP-39 vector 11 root (TREZOR)
  '6b274b4d0ecdf9dcde87759938aa8482650501609f7f990eb296455ea2755b89', // BIP-39 vector 12 root (TREZOR)
  '64464ca0957848c8c46d19d54294a6cea5b085c7f441a8a17ac7b05709549bcf', // BIP-39 vector 13 root (TREZOR)
  '5c0d4975b8884931a40e2663adedc23aeb08da84bd572b17e9def9b362836076', // BIP-39 vector 14 root (TREZOR)
  '4d8528a30908fde6d531717df70ab736e06cfce5a85885a550ade793522fc0e6', // BIP-39 vector 15 root (TREZOR)
  '41346d8e9d84c0ff783cd77601d6b489379b9886f1f0c80ee5cf541cb9a37e2e', // BIP-39 vector 16 root (TREZOR)
  'd718e4de1d15af3fea7c7b6e38aaa5ea187ce16c9c85963b148a619000a4738c', // BIP-39 vector 17 root (TREZOR)
  '08e9f7ad975814755a0ed97389bdac50dd4f66496bbcd257be13e19fc6f86ccc', // BIP-39 vector 18 root (TREZOR)
  '9daf726b29108ab80ab510e64d50e2917a7f398a271d984bac6bfc5c1fbc981c', // BIP-39 vector 19 root (TREZOR)
  '92d3a3d9bebbe00e532e969a3ac00ed462f29e35863fff07d6a3944044e941ff', // BIP-39 vector 20 root (TREZOR)
  '9f620bfd7d77b8a6d6e5685f6707d085425bd0f8e55fadcc9d377e8d46554a32', // BIP-39 vector 21 root (TREZOR)
  'cbb80fc5f4effdb6c256086927544ca2f486c4d6625ce8dc5066af7f4b0f3e2e', // BIP-39 vector 22 root (TREZOR)
  'fa5b9e480b4fdb157443426743b57167702607d29488b04178fe015d5817a4d2', // BIP-39 vector 23 root (TREZOR)
  '5d0d53ef4b2ff20947fd26a65158fb03f5b4a921cd05f4b43aeb5ae15189d2be', // Hardhat and Anvil
  '23058a938fa683fb7aad277111d51d14a78ebb5bac9044de754f91f1d228e2f1', // Hardhat and Anvil root
  '23e9689c33328cbae92c3836ead25403990943148a7134ff41514626b8bdfaff', // Hardhat and Anvil account 0
  'b527694dfab47178e1d196c0dd0c6493036fd8cc0a83019a8b3e56ec54c74840', // Hardhat and Anvil account 1
  '66a98233e704b795981d29fb427808d553efae6ec44eccd4ebecd40cf9878490', // Hardhat and Anvil account 2
  'ef62e8e502be0fc987a488f5a784b24ede700568e6f6f64b9e3de1aeacf37d3e', // Hardhat and Anvil account 3
  '569c2045992b439f040f797756c288483c125d11e5922ae095da23162bfcb110', // Hardhat and Anvil account 4
  '3a78620373e40058d16b7010e8f731dac35cd35e338a7e932c5de986f545de18', // Hardhat and Anvil account 5
  '7872f60052daac157515c6b9f7e5734f65bd7a7503dbe2ececca7ad2352477dc', // Hardhat and Anvil account 6
  '050d31a6d134a95ecd6d7e12fac0d98d0922204c0f1b17099928dc714937ae25', // Hardhat and Anvil account 7
  '8c3ffec619e856b4b6e55ace0424845d7ab6be813ef0d99bf01f684049b1fc58', // Hardhat and Anvil account 8
  '795452f84b46944fddb962c957dfb8f71eebc8c22cd147aee79180b2b98151b0', // Hardhat and Anvil account 9
  '5e48a760b90ede695cce9a6387c18ceeb5f951f7a242e44b73789c06d9582100', // Hardhat and Anvil account 10
  '88afda09bb9fb16a2fe292591d1f36db473d94179ff020944ab007cae344ed48', // Hardhat and Anvil account 11
  '96a841356d80fd829524448a22f87cea47c688195933bc3857776753ab3ad5cb', // Hardhat and Anvil account 12
  '0935e175d3ba4cb19e7437f0ebc6deee1c35952b6b13b8362ddbadf25521ae05', // Hardhat and Anvil account 13
  '49d14f062c2bf4a56a823aa2d16ec022f76f9d94b2bd7d0bd1ba43eb5fa9b185', // Hardhat and Anvil account 14
  '6abee7867f0459c9d234b5e835e4882305c41cb29d305b96ce5e5e8e4fcb618d', // Hardhat and Anvil account 15
  '9e9d7ca7bab1b17960acab34e7163138095316503491c0cc5524fac4b7205dd2', // Hardhat and Anvil account 16
  '6ce5c55297a69def3a35c948addf9c15d7cc17609727fe68691f4d794d2fe2ee', // Hardhat and Anvil account 17
  '03aae0e8f214141e3fa2147c7fe5a2b5bc0a99ec37a91177524af1024e2bbe11', // Hardhat and Anvil account 18
  'cf5f94d2b92a0a03357ac00d28d75890cc0f6999384e885a4760a7d40fd9dee8', // Hardhat and Anvil account 19
  'da0b8c4022a951f3339bbf0211875d0dd42348244d440a33f1e106b4ffec03af', // Ganache (deterministic)
  'a2a0161289139ffe44626ed52cd29e22ca2b74057a2bfc1e3d5d35161b94ecaf', // Ganache (deterministic) root
  'a9697aa8ddcda362aea6fc1f232852148e41d79868dc5feb0915151570158c26', // Ganache (deterministic) account 0
  'f232a037958a66e0df91193027bae03d2a6e2aac43150a8de9399c7609541765', // Ganache (deterministic) account 1
  '04ffed82afc124ff738b15633d4539e8df7b92cc7421ad1db1137f9e8b7b4750', // Ganache (deterministic) account 2
  'd894b2d1c2b8d63994f1947c2c0520f7025e990d24d0fdb9aa996f709bffbe0c', // Ganache (deterministic) account 3
  '3c9ce3f3345773fd27699f88ae76fbb67f7d9d4a17cc98907f114d4fa527bc5d', // Ganache (deterministic) account 4
  '5180a5bc35365803c15c614963a0c4d4ad08fa18a7fc0bfd9104af124f8de1fb', // Ganache (deterministic) account 5
  '9c648a247c6b732d1f22a62144b7b1360e2540298793d0e5929b71c10c7e4d33', // Ganache (deterministic) account 6
  '30b48e0c0db1b64a7411dcaa4f107bee626c16b76363cc1e87eb1ec54f5ddb46', // Ganache (deterministic) account 7
  '543f3f6c17c4f874f392a67c6dd8854a68baef970f72c7df72cd8dae7ad9ab28', // Ganache (deterministic) account 8
  'f87a35f8f3e45dd5c90a7a4b7e2e7aa5a9509dbf0df458f10a0436af9fddb20f', // Ganache (deterministic) account 9
  '51d0ab3c1cc4b984d4a39cf9a4472255f5ba1f61362e843f4d6ae2704ac5f7f9', // Truffle develop
  'dcb4f987af41ecefc2c1774080d62a7bb707e48f9ce9c978f4b08bf88bece21b', // Truffle develop root
  'd7a7090c3c307c1424ddc57001d8e165117b6e2fefd5d4dc17be68bc8c1a185f', // Truffle develop account 0
  '3a2c790f74aca0106a4ce61cdf9a9fdf9adc99afbb8482f1f67f2f1981c9de3a', // Truffle develop account 1
  '45872f12b90ddada6cef8b1676740b15150cab9f8f23ed20d8ab759781925dbf', // Truffle develop account 2
  'c85232a25622ccfbdf585c64f3bd1850ee31eb9fb15b4c1ed9f97b3f31ba5ba9', // Truffle develop account 3
  '01ced0c5e517473b782e0c8ff510c76e6a4dacd5ffabbf42231b8e9d4563d0fc', // Truffle develop account 4
  '2c49590e5afb4416da262bd6a10e10af261e999c7a85e134cf6e07ddc0c29c07', // Truffle develop account 5
  '939e6fa263aa06891d9b5be9a3bc5782739f1f969ab21ffa7aa1121e76500769', // Truffle develop account 6
  'bd76a0bab0a86d98b46a8f1f8651db45224ef721d973082329f0bf48c91ab281', // Truffle develop account 7
  '264d3d27c6c9e628f64c675b6f1ebf2249b10bb72635fbbd0bec5a4afd317de5', // Truffle develop account 8
  '1dbdedad08f214605e640668925d664e156a048387cc8453dd6a3ae61cc2e8f7', // Truffle develop account 9
  'c2a6274825a3dfcf3f77693f6a15393ad8a1ff69248ac144f398166792823182', // BIP-39 vector 0, the usual documentation phrase root
  '3b105f89f68ecfd55f4df85c003d1ddae9352ac522b939a05827bd707f1e3c81', // BIP-39 vector 0, the usual documentation phrase account 0
  'b045d719a8545ae7a5cb0ed0726c1ae1cce03972cb7c80bb10e9130dfaed16eb', // BIP-39 vector 0, the usual documentation phrase account 1
  'bcc6a44486fb6d3c0576a5c04dfdb139e4895db0ed879b5e8807fcecf60761cd', // BIP-39 vector 0, the usual documentation phrase account 2
  '4ac5276d2260f6a0118cd493c15dc05a52fd22af2758f136a7c32c98a3c5417e', // BIP-39 vector 0, the usual documentation phrase account 3
  'dd4fa013c1127b06d3db8a33000b207762ff4d3b5b1b23ea0af13c1dd502fed7', // BIP-39 vector 0, the usual documentation phrase account 4
  'adfb9d8e65ce66f3a6db9efee588a9e3ba35b44825012283cac18b4a73306121', // BIP-39 vector 0, the usual documentation phrase account 5
  '25ce5a05c2505ca0a0ba2e9559f87b9598d1728bb164ff1be3fac162ae4680a7', // BIP-39 vector 0, the usual documentation phrase account 6
  'e9495771a0e9fea45a2c8c83f068eaceba8c39c6957971ffbd7f658214314477', // BIP-39 vector 0, the usual documentation phrase account 7
  'dde8b3dff822811a4ed44046bd0b1848c1f8aa578bcdf7aee0b2ca50286b59c4', // BIP-39 vector 0, the usual documentation phrase account 8
  'cd45a4ed9197a9fddee43b2934639f48954e0ce2993be4d18b0ccfbcece7b9a6', // BIP-39 vector 0, the usual documentation phrase account 9
  'bd916e861029aca1e89f8b81d4cc293fa50fabdc42783153c2eb8d509a61936a', // BIP-32 vector 1 m
  'a16074972f68d26739f2433e13054e860aad6382db10d0e23880b43330d12ef1', // BIP-32 vector 1 m/0'
  'af902cbf67a61c5df57600100e788deb52e6ed325146559afc59cf077f4e75c6', // BIP-32 vector 1 m/0'/1
  '986e49794b17439153c0d6bc64923f25d95633082c2c53c1c33192555a925e72', // BIP-32 vector 1 m/0'/1/2'
  '80789ee1365d59675220d071b46636e729720229030eb57ea3a850a081aa9f78', // BIP-32 vector 1 m/0'/1/2'/2
  'de372c616ea4126957743e1045d2df3b136e5816695180be3bd7bbe6d5df12c7', // BIP-32 vector 1 m/0'/1/2'/2/1000000000
  '079eb3cd21480bdb3a667189b4dd0688fe54ae054fb6202d62232222d0ea874f', // BIP-32 vector 2 m
  '92b2cfff3d331b83e01e90a75ad5b6ec23c9e8b6f4fe5ac206d3c886104e47a4', // BIP-32 vector 2 m/0
  'e6dad6feb58e8feefea144173f0a2a91f89aed6b01f2ebd80ae02e8f1f162a83', // BIP-32 vector 2 m/0/2147483647'
  '2bac5f5f7866a3ef32592984ddcb07ffb1f4e5551a121692e1cced613cb864de', // BIP-32 vector 2 m/0/2147483647'/1
  '37f4686f5a90d936463a2fb6435eab5cfb8257194dd540be3c4194ea627f9466', // BIP-32 vector 2 m/0/2147483647'/1/2147483646'
  '45674662a840776c0271a5374e8670f5f2966bcaa48cd0cc586e4eefa5132116', // BIP-32 vector 2 m/0/2147483647'/1/2147483646'/2
  'fef44800ca9342390c9291257f8062332f00458ff592b24f4d0590d93c04439c', // BIP-32 vector 3 m
  '5992e249b234f82625a2e6d5ad7f5f0eecccd7986d7b7aeb4b14d6de665a2444', // BIP-32 vector 3 m/0'
  'e00c46b0d056bec61e0593a5ac8e70431b9efe8e6330691e0476de26b04e44d7', // BIP-32 vector 4 m
  'ded4c457e250e4b1202fdc9a4edbe7e7130073a6be4103f8e3c9d0e754194b6e', // BIP-32 vector 4 m/0'
  '39962225f43855c24fdffbe42c5d6831f343d97d94436258a20edc789d1d1edd', // BIP-32 vector 4 m/0'/1'
  '5af27403bdfd506651587ec06076773d3412d7e3ae78f98cd6fcb4cfde7009a9', // Bitcoin wiki WIF example
  '651bf0641ffd643e45b964231d330b245d9afda3f2446b062b2e9f7b74743746', // web3.js docs example key 1
  '892ba5ce6e87e00bbfa48bec6aeeba1da0839c4419d7ccd9fc264122d7229002', // web3.js docs example key 2
  '1cb1cf89b018ac350f3798948890b94bfe30df4b7de238f9a1bdeec7f060d224', // web3.js docs example key 3
  'abc5970cabd50b1246f9bceddc5182fc3f9c34f2411a875bdedcc3acee7c7700', // web3.js docs example key 4
  '18fa13ac85d279b71bd3ab319e5b190fa32b3616b1af12f5b57f6fc2eeab49f2', // web3.js docs example key 5 (v4 reference, create())
  '8456d2a49bfa3c853da53ff58a743c2600abce714d90d233f232232c17d3fc80', // Electrum test vector (standard)
  '07b9b191156c756930e3fedef6abcfd80dfe7309e57def5c75a14d2ae7e93ba8', // Electrum test vector (segwit)
  '88769969d907f69819c2193bf9f51ac7700d167c4718bcd9ee0961e56c187bbb', // Electrum test vector (2fa)
  '2b321382e8aa87d051f5ff025819df4073de6599ca80078ba94d4d7bb1b4cc00', // Electrum test vector (2fa-segwit)
]);

export function isKnown(secret: string): boolean {
  return KNOWN.has(docHash(secret));
}
