/**
 * `npm run validate:content [file.ndjson]`: checks the schema, then every document of the
 * bundled dataset (default seed/data.ndjson) against the schema's own validation rules,
 * offline. Prints one line per problem (document, field, rule) and exits 1 on any error.
 * Warnings are printed but do not fail; `--strict` makes them fail too; `--json` prints the
 * problems as JSON (for tools and tests) instead of the report.
 */
import path from 'node:path'
import { readExportedDataset } from '../sanity/validation/exportedDataset'
import { formatReport, validateContentSchema, validateDocuments } from '../sanity/validation/validateDataset'

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  const strict = args.includes('--strict')
  const json = args.includes('--json')
  // With --json, stdout carries only the JSON; the human-readable lines go to stderr.
  const say = json ? console.error : console.log
  const file = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? path.join('seed', 'data.ndjson'))

  const schemaProblems = validateContentSchema()
  const schemaErrors = schemaProblems.filter((problem) => problem.level === 'error')
  for (const problem of schemaProblems) say(`${problem.level.toUpperCase().padEnd(7)} schema ${problem.path}: ${problem.message}`)
  if (schemaErrors.length > 0) {
    console.error(`\nThe schema has ${schemaErrors.length} error(s); fix them before validating content.`)
    return 1
  }

  const dataset = readExportedDataset(file)
  const problems = await validateDocuments(dataset.documents, { assetIds: dataset.assetIds })
  if (json) {
    console.log(JSON.stringify({ fileProblems: dataset.problems, problems }, null, 2))
  } else {
    for (const problem of dataset.problems) console.log(`ERROR   ${problem}`)
    if (problems.length > 0) console.log(formatReport(problems))
  }

  const errors = problems.filter((problem) => problem.level === 'error').length + dataset.problems.length
  const warnings = problems.filter((problem) => problem.level === 'warning').length
  const summary = `${dataset.documents.length} documents in ${path.relative(process.cwd(), file)}: ${errors} error(s), ${warnings} warning(s).`
  if (errors > 0 || (strict && warnings > 0)) {
    console.error(`\nContent validation failed. ${summary}`)
    return 1
  }
  say(`Content is valid. ${summary}`)
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Content validation could not run:', error)
    process.exit(2)
  },
)
