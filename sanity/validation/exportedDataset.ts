import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { DatasetDocument } from './datasetClient'

/**
 * Reads a dataset in Sanity's export layout (`data.ndjson` + `images/`) the way the Content
 * Lake would hold it after `sanity dataset import`: each `_sanityAsset` becomes an
 * `asset._ref`, and the image files present count as existing asset documents.
 */
const ASSET_PATTERN = /^image@file:\/\/\.\/images\/([a-f0-9]+-\d+x\d+)\.([a-z0-9]+)$/i

export type ExportedDataset = { documents: DatasetDocument[]; assetIds: Set<string>; problems: string[] }

function assetIdFor(fileName: string): string | null {
  const match = /^([a-f0-9]+-\d+x\d+)\.([a-z0-9]+)$/i.exec(fileName)
  return match ? `image-${match[1]}-${match[2]}` : null
}

function restoreAssets(value: unknown, problems: string[], where: string): unknown {
  if (Array.isArray(value)) return value.map((item) => restoreAssets(item, problems, where))
  if (value === null || typeof value !== 'object') return value
  const { _sanityAsset, ...rest } = value as Record<string, unknown>
  const restored: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(rest)) restored[key] = restoreAssets(child, problems, where)
  if (typeof _sanityAsset === 'string') {
    const match = ASSET_PATTERN.exec(_sanityAsset)
    if (match) restored.asset = { _type: 'reference', _ref: `image-${match[1]}-${match[2]}` }
    else problems.push(`${where}: unsupported asset reference "${_sanityAsset}"`)
  }
  return restored
}

export function readExportedDataset(ndjsonFile: string): ExportedDataset {
  const problems: string[] = []
  const documents: DatasetDocument[] = []
  readFileSync(ndjsonFile, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return
      const where = `${path.basename(ndjsonFile)} line ${index + 1}`
      try {
        const parsed = JSON.parse(line) as DatasetDocument
        if (typeof parsed?._id !== 'string' || typeof parsed._type !== 'string') {
          problems.push(`${where}: a document needs a string _id and _type`)
          return
        }
        documents.push(restoreAssets(parsed, problems, `${where} (${parsed._id})`) as DatasetDocument)
      } catch (error) {
        problems.push(`${where}: not valid JSON (${(error as Error).message})`)
      }
    })
  const imagesDir = path.join(path.dirname(ndjsonFile), 'images')
  const assetIds = new Set((existsSync(imagesDir) ? readdirSync(imagesDir) : []).map(assetIdFor).filter((id): id is string => id !== null))
  const seen = new Set<string>()
  for (const doc of documents) {
    if (seen.has(doc._id)) problems.push(`${doc._id}: the _id appears more than once`)
    seen.add(doc._id)
  }
  return { documents, assetIds, problems }
}
