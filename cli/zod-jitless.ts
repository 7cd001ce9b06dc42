import { z } from 'zod';

// zod compiles a fast parser for each object schema with `new Function` the first time it parses one.
// Code made so is compiled anew by every run of the CLI (V8's code cache, see bin.mjs, cannot keep it),
// which costs more than a run gains from it: the CLI parses with zod's general code instead. Imported
// first by main.ts, before any schema is made (each reads the setting when it is made).
z.config({ jitless: true });
