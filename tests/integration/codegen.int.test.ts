import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';
import { printModelSdl } from '../../graph-schema/printModelSdl.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe('generated code is up to date (run `npm run codegen` when this fails)', () => {
  it('graph-schema/generated/model.graphql matches graph-schema/model.ts', () => {
    expect(readFileSync(resolve(ROOT, 'graph-schema/generated/model.graphql'), 'utf8')).toBe(printModelSdl());
  });

  it('every codegen output matches what is committed', async () => {
    const outputs = (await generate({ ...config, cwd: ROOT, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.length).toBe(Object.keys(config.generates).length);
    for (const out of outputs) {
      expect(readFileSync(resolve(ROOT, out.filename), 'utf8'), out.filename).toBe(out.content);
    }
  });
});
