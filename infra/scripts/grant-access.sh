#!/bin/sh
# Writes one caller's row in the submitters table: the organisations it may submit for and its roles.
#   infra/scripts/grant-access.sh OBJECT_ID "pcn/U12345;pcn/U23456" ""              # a PCN manager
#   infra/scripts/grant-access.sh OBJECT_ID "icb/QE1" "commissioner"                 # an ICB commissioner
#   infra/scripts/grant-access.sh OBJECT_ID "" "reviewer"                            # an NHS England reviewer
# OBJECT_ID is the person's (or application's) Entra object id. Needs Storage Table Data Contributor
# on the Submitters table (main.bicep gives it to the deployer) and AZURE_STORAGE_ACCOUNT_NAME (azd env).
set -eu
if [ "$#" -ne 3 ]; then sed -n '2,8p' "$0" >&2; exit 2; fi
: "${AZURE_STORAGE_ACCOUNT_NAME:?export it, or run: eval \"\$(azd env get-values)\"}"
object_id="$(printf '%s' "$1" | tr 'A-Z' 'a-z')"
command -v az >/dev/null 2>&1 || { echo "grant-access: the Azure CLI (az) is not installed; install it and run 'az login'." >&2; exit 1; }

az storage entity insert --auth-mode login \
  --account-name "$AZURE_STORAGE_ACCOUNT_NAME" \
  --table-name Submitters \
  --if-exists replace \
  --entity PartitionKey=aad RowKey="$object_id" Organisations="$2" Roles="$3" \
  --output none
echo "aad:$object_id may submit for [$2] with roles [$3]"
