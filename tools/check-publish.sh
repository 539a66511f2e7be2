#!/usr/bin/env bash
# Checks what azd packages, as azd would from a fresh clone: clones the committed tree, runs the
# project's restore step (`npm ci`, azure.yaml's prepackage hook), then checks that `dotnet publish`
# of the Function App holds the dashboard's sources under site-sources/ (SiteSources.Required) and
# none of the repository layout (package.json, a node_modules folder). Then checks that a build
# without the npm packages fails with an error naming the missing file and `npm ci`.
# .ci/run calls it; CHECK_PUBLISH_TREE=working checks the working tree instead of a clone.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

if [ "${CHECK_PUBLISH_TREE:-clone}" = "working" ]; then
  root="$here"
else
  root="$out/clone"
  git clone --quiet --no-hardlinks "$here" "$root"
  (cd "$root" && npm ci --no-audit --no-fund --prefer-offline --loglevel=error)
fi

dotnet publish "$root/functions/SpReporting.Functions.csproj" -c Release -o "$out/publish" --nologo -v quiet >"$out/publish.log" 2>&1 \
  || { cat "$out/publish.log"; echo "check-publish: dotnet publish failed" >&2; exit 1; }
failed=0
for file in dashboard/index.html \
            node_modules/plotly.js-basic-dist-min/plotly-basic.min.js \
            node_modules/nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css; do
  if [ ! -f "$out/publish/site-sources/$file" ]; then echo "check-publish: missing site-sources/$file" >&2; failed=1; fi
done
if [ -z "$(ls -A "$out/publish/site-sources/node_modules/nhsuk-frontend/dist/nhsuk/assets/images" 2>/dev/null)" ]; then
  echo "check-publish: missing the NHS.UK images" >&2; failed=1
fi
if [ -e "$out/publish/package.json" ] || [ -e "$out/publish/node_modules" ]; then
  echo "check-publish: the package carries the repository layout (package.json or node_modules)" >&2; failed=1
fi
[ "$failed" -eq 0 ] || exit 1

# Point the build at an empty node_modules: it must stop before compiling, naming the file and npm ci.
mkdir -p "$out/empty"
if dotnet build "$root/functions/SpReporting.Functions.csproj" -c Release --no-restore -o "$out/nobuild" \
     -p:SiteAssetsNodeModules="$out/empty" --nologo -v quiet >"$out/missing.log" 2>&1; then
  echo "check-publish: a build without the npm packages succeeded" >&2; exit 1
fi
grep -q "Dashboard asset missing: $out/empty/plotly.js-basic-dist-min/plotly-basic.min.js. Run 'npm ci'" "$out/missing.log" \
  || { cat "$out/missing.log"; echo "check-publish: the missing-asset error does not name the file and npm ci" >&2; exit 1; }
echo "check-publish: ok (assets in the package; a missing asset fails the build)"
