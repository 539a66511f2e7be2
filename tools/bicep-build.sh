#!/usr/bin/env bash
# Compiles (bicep build) and lints (bicep lint) every .bicep file under infra/ with the Bicep CLI
# restored from NuGet (Azure.Bicep.CommandLine.linux-x64), and fails on any error or warning.
# Self-contained: restores the package into tools/Bicep/obj/packages on first use.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="${BICEP_VERSION:-0.49.2}"
packages="$root/tools/Bicep/obj/packages"
package_dir="$packages/azure.bicep.commandline.linux-x64/$version"

if [ ! -d "$package_dir" ]; then
  echo "bicep: restoring Azure.Bicep.CommandLine.linux-x64 $version"
  dotnet restore "$root/tools/Bicep/Bicep.csproj" --packages "$packages" -p:BicepVersion="$version" --nologo -v quiet
fi
bicep="$(find "$package_dir" -type f -name bicep -path '*/tools/*' | head -n 1)"
if [ -z "$bicep" ]; then echo "bicep: no bicep binary in $package_dir" >&2; exit 1; fi
chmod +x "$bicep"
"$bicep" --version

mapfile -t files < <(find "$root/infra" -name '*.bicep' -not -path '*/node_modules/*' | sort)
if [ "${#files[@]}" -eq 0 ]; then echo "bicep: no .bicep files under infra/" >&2; exit 1; fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
failed=0
for file in "${files[@]}"; do
  rel="${file#"$root"/}"
  log="$out/log.txt"
  status=0
  "$bicep" build "$file" --outdir "$out" >"$log" 2>&1 || status=$?
  "$bicep" lint "$file" >>"$log" 2>&1 || status=$?
  # Diagnostics look like "file(line,col) : Warning rule: message"; warnings fail the build too.
  if [ "$status" -ne 0 ] || grep -Eq '\) : (Error|Warning) ' "$log"; then
    failed=$((failed + 1))
    echo "bicep: FAIL $rel"
    sort -u "$log"
  else
    echo "bicep: ok   $rel"
  fi
done
echo "bicep: ${#files[@]} files, $failed failed"
[ "$failed" -eq 0 ]
