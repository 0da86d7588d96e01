/**
 * The `summit` command (dist/cli.js): a small launcher. A `search`, `ask` or `cite` is first
 * offered to the resident server of this build (server/); otherwise, or when it does not
 * answer, the command runs in this process (runHere.ts: the CLI bundle through a V8 code
 * cache). Until then it loads only what reaching the server takes.
 */
import { servedCommand, serverAllowed, serverSocket } from './server/address';
import { runOnServer } from './server/client';
import { WANTED_VARIABLE } from './server/wire';

function runHere(argv: string[]): void {
  void import('./runHere').then((local) => local.runHere(argv));
}

/**
 * A `search`, `ask` or `cite` goes to the resident server first (server/client.ts): its
 * reply is printed as it is. With no server listening, the command runs here and starts one
 * when it is done (server/start.ts); with a server that does not answer, it runs here.
 */
function launch(argv: string[]): void {
  const socket = serverAllowed() && servedCommand(argv) ? serverSocket() : undefined;
  if (!socket) return runHere(argv);
  void runOnServer(socket, argv).then((asked) => {
    if ('reply' in asked) {
      process.stderr.write(asked.reply.stderr);
      process.stdout.write(asked.reply.stdout);
      process.exitCode = asked.reply.code;
      return;
    }
    if ('absent' in asked) process.env[WANTED_VARIABLE] = socket;
    runHere(argv);
  });
}

launch(process.argv.slice(2));
