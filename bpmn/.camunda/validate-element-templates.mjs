#!/usr/bin/env node
// Validates the Camunda 7 element templates in ./element-templates (next to this file) against the
// JSON schema of @camunda/element-templates-json-schema, as Camunda Modeler loads them: every *.json
// below the folder, each holding one template or an array of templates.
//
//   node bpmn/.camunda/validate-element-templates.mjs [folder]
//
// ajv and the schema package are resolved from the current working directory's node_modules (run
// it from the project root after `npm install`), falling back to the folders above this file.
// Prints one line per file; exits 1 if any file is invalid, 2 if it cannot run at all.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const folder = resolve(process.argv[2] ?? join(here, 'element-templates'));

const SCHEMA_PACKAGE = '@camunda/element-templates-json-schema';

function load(specifier) {
  const bases = [join(process.cwd(), 'package.json'), fileURLToPath(import.meta.url)];
  for (const base of bases) {
    const require = createRequire(pathToFileURL(base));
    try {
      return { module: require(specifier), path: require.resolve(specifier) };
    } catch (error) {
      if (error.code !== 'MODULE_NOT_FOUND') throw error;
    }
  }
  console.error(`Cannot find ${specifier}: run npm install in the project root (devDependencies), then run this from there.`);
  process.exit(2);
}

const ajvModule = load('ajv').module;
const Ajv = ajvModule.default ?? ajvModule;
const schemaFile = load(`${SCHEMA_PACKAGE}/resources/schema.json`);
const schema = schemaFile.module;
const schemaVersion = JSON.parse(readFileSync(join(dirname(schemaFile.path), '..', 'package.json'), 'utf8')).version;

// The schema is draft-07 (Ajv's default draft) and has no "format" keywords, so no ajv-formats.
// strict: false because it uses union types and object keywords without "type": "object", which
// Ajv's strict mode would report on every run.
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema);
const validateFile = ajv.getSchema(schema.$id);
const validateTemplate = ajv.getSchema(`${schema.$id}#/definitions/template`);

function jsonFiles(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

function describe(errors) {
  // "must match then schema" only repeats the error found inside the "then" branch
  const lines = errors.filter((e) => e.keyword !== 'if').map((e) => {
    const params = e.keyword === 'enum' ? ` ${JSON.stringify(e.params.allowedValues)}`
      : e.keyword === 'additionalProperties' ? ` (${e.params.additionalProperty})` : '';
    return `${e.instancePath || '/'} ${e.message}${params}`;
  });
  return [...new Set(lines)];
}

let files;
try {
  files = jsonFiles(folder);
} catch (error) {
  console.error(`Cannot read ${folder}: ${error.message}`);
  process.exit(2);
}
if (files.length === 0) {
  console.error(`No element templates (*.json) in ${folder}`);
  process.exit(2);
}

const shown = relative(process.cwd(), folder);
console.log(`Element templates in ${shown && !shown.startsWith('..') ? shown : folder} against ${SCHEMA_PACKAGE}@${schemaVersion}`);

const seen = new Map(); // "id@version" -> file, as the Modeler refuses a repeated id and version
let failed = 0;

for (const file of files) {
  const name = relative(folder, file);
  const problems = [];
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`not JSON: ${error.message}`);
  }

  if (data !== undefined) {
    const templates = Array.isArray(data) ? data : [data];
    templates.forEach((template, index) => {
      const where = `${Array.isArray(data) ? `[${index}] ` : ''}${template?.id ?? '(no id)'}`;
      if (!validateTemplate(template)) {
        describe(validateTemplate.errors).forEach((line) => problems.push(`${where}: ${line}`));
        return;
      }
      const key = `${template.id}@${template.version ?? '-'}`;
      if (seen.has(key)) {
        problems.push(`${where}: id and version ${key} already used in ${seen.get(key)}`);
      } else {
        seen.set(key, name);
      }
      // Without implementationType the Modeler writes the value into no attribute at all
      (template.properties ?? []).forEach((property, p) => {
        const binding = property.binding ?? {};
        if (binding.type === 'camunda:executionListener' && !binding.implementationType && !binding.scriptFormat) {
          problems.push(`${where}: /properties/${p}/binding needs implementationType (class, delegateExpression, expression or script)`);
        }
      });
    });
    if (problems.length === 0 && !validateFile(data)) {
      describe(validateFile.errors).forEach((line) => problems.push(line));
    }
    if (problems.length === 0) {
      console.log(`ok    ${name} (${templates.length} template${templates.length === 1 ? '' : 's'})`);
    }
  }

  if (problems.length > 0) {
    failed++;
    console.log(`FAIL  ${name}`);
    problems.forEach((line) => console.log(`        ${line}`));
  }
}

console.log(`element templates: ${files.length - failed} file(s) valid, ${failed} invalid`);
process.exit(failed > 0 ? 1 : 0);
