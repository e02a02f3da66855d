import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './lexicon/load.js';

const pkg = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { name: string; version: string };

/** The tool's name and version, from package.json, for the manifest and datapackage. */
export const TOOL_NAME = pkg.name;
export const TOOL_VERSION = pkg.version;
