import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLES, type TableDef } from '../schemas/index.js';
import { renderDataDictionary, spliceDictionary } from './data-dictionary.js';
import { projectRoot } from '../etl/lexicon/load.js';

// Regenerates the README data dictionary from schemas/ (npm run docs).
const path = join(projectRoot(), 'README.md');
const before = readFileSync(path, 'utf8');
const after = spliceDictionary(before, renderDataDictionary(TABLES as readonly TableDef[]));
if (after !== before) writeFileSync(path, after);
process.stdout.write(after === before ? 'README.md data dictionary is up to date\n' : 'README.md data dictionary rewritten\n');
