// Starts an in-memory dynalite on a free port and prints that port as one line. The dynalite CLI
// ignores --port 0, hence this script. It exits when its stdin closes, so the server never outlives
// the test JVM that started it, even when that JVM crashes.
const dynalite = require('dynalite');

const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});

process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
