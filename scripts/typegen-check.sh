#!/usr/bin/env bash
# `npm run typegen:check`: fails when sanity/extract.json or sanity/types.ts are stale, i.e.
# when the schema or a query changed without `npm run typegen`. Offline and deterministic:
# it runs the same `npm run typegen` in a scratch copy of the sources and compares, so the
# working tree is never touched.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export DO_NOT_TRACK=1 SANITY_TELEMETRY_DISABLED=1

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# What `sanity.cli.ts` reads: the configs, the schema and every folder typegen scans for queries.
for entry in package.json tsconfig.json sanity.cli.ts sanity.config.ts sanity app components lib; do
  [ -e "$root/$entry" ] && cp -R "$root/$entry" "$scratch/"
done
ln -s "$root/node_modules" "$scratch/node_modules"

(cd "$scratch" && npx sanity schema extract --path sanity/extract.json && npx sanity typegen generate) >"$scratch/typegen.log" 2>&1 || {
  cat "$scratch/typegen.log"
  echo "typegen failed (see above)."
  exit 2
}

stale=0
for file in extract.json types.ts; do
  if ! diff -u "$root/sanity/$file" "$scratch/sanity/$file" >"$scratch/$file.diff"; then
    echo "sanity/$file is out of date:"
    head -n 40 "$scratch/$file.diff"
    stale=1
  fi
done
if [ "$stale" -ne 0 ]; then
  echo
  echo 'Run `npm run typegen` and commit sanity/extract.json and sanity/types.ts.'
  exit 1
fi
echo "sanity/extract.json and sanity/types.ts are up to date."
