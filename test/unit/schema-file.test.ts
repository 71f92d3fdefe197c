// The schema files in schemas/ are what scripts/schemas.mjs builds, and describe every key.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness';

describe('schemas/', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'case.schema.json'), 'utf8'));
  it('is up to date with scripts/schemas.mjs', () => {
    const fresh = execFileSync(process.execPath, ['--input-type=module', '-e', `import { caseSchema } from ${JSON.stringify(join(ROOT, 'scripts', 'schemas.mjs'))}; process.stdout.write(JSON.stringify(caseSchema(), null, 2) + '\\n')`], { encoding: 'utf8' });
    assert.equal(fresh, readFileSync(join(ROOT, 'schemas', 'case.schema.json'), 'utf8'));
  });
  it('is draft-07 with no remote reference', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    const refs = JSON.stringify(schema).match(/"\$ref":"[^"]*"/g) ?? [];
    for (const r of refs) assert.match(r, /"\$ref":"#\//);
  });
  it('every property has a description, every enum value one too', () => {
    const walk = (node: Record<string, unknown>, where: string) => {
      if (node.properties) {
        for (const [k, v] of Object.entries(node.properties as Record<string, Record<string, unknown>>)) {
          if (v === (false as unknown)) continue;
          if (!where.includes('/then') && !where.includes('/if')) assert.ok(typeof v.description === 'string' && v.description.length > 0, `${where}/${k}`);
          walk(v, `${where}/${k}`);
        }
      }
      if (Array.isArray(node.enum) && !where.includes('/if')) assert.equal((node.markdownEnumDescriptions as unknown[] | undefined)?.length, node.enum.length, `${where} enum descriptions`);
      for (const key of ['items', 'then', 'if']) if (node[key] && typeof node[key] === 'object') walk(node[key] as Record<string, unknown>, `${where}/${key}`);
      for (const key of ['allOf', 'anyOf']) if (Array.isArray(node[key])) (node[key] as Record<string, unknown>[]).forEach((s, i) => walk(s, `${where}/${key}/${i}`));
      if (node.definitions) for (const [k, v] of Object.entries(node.definitions as Record<string, Record<string, unknown>>)) walk(v, `#/definitions/${k}`);
    };
    walk(schema, '#');
  });
  it('country codes come from ISO 3166-1 (GB, not UK)', () => {
    const codes: string[] = schema.definitions.country.enum;
    assert.ok(codes.length >= 249 && codes.includes('GB') && !codes.includes('UK'));
  });
});
