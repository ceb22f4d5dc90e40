import { resolve } from 'node:path';
import { defaultConfig, type Config } from './config.js';
import { applyConfigFile } from './config-file.js';

export interface CliOptions {
  command: 'build' | 'preview' | 'eval' | 'dev' | 'help';
  config: Config;
  port: number;
  gold?: string;
  json: boolean;
}

const HELP = `storyline <command> [options]
  build     build --input into --out (default seeds/ → dist/)
  preview   serve --out on http://localhost:4321
  eval      build, then score extraction against --gold FILE
  dev       build, serve on --port, rebuild and reload open pages when files change
options: --config FILE  --input DIR  --out DIR  --title TEXT  --order oldest|newest  --base-url URL  --no-search  --no-cache  --workers N  --timezone ZONE  --port N  --gold FILE
         --verbose  --quiet  --strict  --json`;
export const helpText = HELP;

/** argv → options; throws with a usage message on unknown flags. */
export function parseArgs(argv: string[], cwd: string): CliOptions {
  const [command = 'build', ...rest] = argv;
  if (!['build', 'preview', 'eval', 'dev', 'help', '--help', '-h'].includes(command)) throw new Error(`unknown command "${command}"\n${HELP}`);
  const config = defaultConfig(cwd);
  // The config file first, so that flags override it.
  const configAt = argv.indexOf('--config');
  applyConfigFile(config, configAt >= 0 && argv[configAt + 1] ? resolve(cwd, argv[configAt + 1]) : undefined);
  const opts: CliOptions = { command: command.startsWith('-') ? 'help' : (command as CliOptions['command']), config, port: 4321, json: false };
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${HELP}`);
      return v;
    };
    switch (flag) {
      case '--input': config.input = resolve(cwd, value()); break;
      case '--out': config.out = resolve(cwd, value()); break;
      case '--title': config.siteTitle = value(); break;
      case '--order': { const o = value(); if (o !== 'oldest' && o !== 'newest') throw new Error('--order takes oldest or newest'); config.order = o; break; }
      case '--port': opts.port = Number(value()); break;
      case '--base-url': {
        const url = value();
        if (!/^https?:\/\/\S+$/.test(url)) throw new Error('--base-url takes an http(s) URL, e.g. https://example.org/story/');
        config.baseUrl = url.endsWith('/') ? url : `${url}/`;
        break;
      }
      case '--no-search': config.search = false; break;
      case '--no-cache': config.cache = false; break;
      case '--timezone': {
        const zone = value();
        try { new Intl.DateTimeFormat('en', { timeZone: zone }); } catch { throw new Error(`--timezone takes an IANA zone such as Europe/Kyiv, not "${zone}"`); }
        config.timezone = zone;
        break;
      }
      case '--workers': config.workers = Number(value()); break;
      case '--gold': opts.gold = resolve(cwd, value()); break;
      case '--verbose': config.verbose = true; break;
      case '--quiet': config.quiet = true; break;
      case '--strict': config.strict = true; break;
      case '--json': opts.json = true; break;
      case '--config': value(); break;
      case '--help': case '-h': opts.command = 'help'; break;
      default: throw new Error(`unknown option "${flag}"\n${HELP}`);
    }
  }
  return opts;
}
