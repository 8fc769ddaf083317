// keywarden CLI entry. (Stub: replaced by the real CLI.)
console.error('usage: keywarden scan [options] <path|->...');
process.exit(2);
