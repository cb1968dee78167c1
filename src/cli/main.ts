#!/usr/bin/env node
// The `habil` executable. `habil --version` prints the version and loads nothing else (no
// handlers, no commander, no program); every other command goes through ./start, which owns the
// process's edges and loads the command it needs.

import { VERSION } from './version';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) process.stdout.write(`${VERSION}\n`);
else await (await import('./start')).start(argv);
