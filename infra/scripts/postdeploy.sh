#!/bin/sh
# azd postdeploy hook: subscribes the IngestReturn blob trigger to BlobCreated events under returns/,
# with undeliverable events dead-lettered into the eventgrid-deadletters container.
# Flex Consumption supports only the Event Grid source for blob triggers, and the webhook needs the
# blobs_extension system key, which exists only once the code is deployed: hence after deploy.
# azd passes the Bicep outputs (infra/main.bicep) and AZURE_SUBSCRIPTION_ID as environment variables.
# Idempotent: creating the subscription again updates it. docs/deployment.md has the steps.
set -eu

fail() { echo "postdeploy: $*" >&2; exit 1; }

: "${AZURE_SUBSCRIPTION_ID:?run through azd, or export AZURE_SUBSCRIPTION_ID}"
: "${RESOURCE_GROUP:?run through azd, or export RESOURCE_GROUP}"
: "${AZURE_FUNCTION_APP_NAME:?run through azd (azd provision sets it)}"
: "${EVENTGRID_SYSTEM_TOPIC_NAME:?run through azd (azd provision sets it)}"
: "${EVENTGRID_DEADLETTER_CONTAINER_ID:?run through azd (azd provision sets it)}"
container="${RETURNS_CONTAINER_NAME:-returns}"
function_name="${INGEST_FUNCTION_NAME:-IngestReturn}"
subscription="$AZURE_SUBSCRIPTION_ID"

# az and azd keep separate logins: check az can reach the subscription azd deployed to.
command -v az >/dev/null 2>&1 || fail "the Azure CLI (az) is not installed. Install it, run 'az login', then 'azd hooks run postdeploy'."
if ! account="$(az account show --subscription "$subscription" --query id -o tsv 2>&1)"; then
  fail "az cannot use subscription $subscription (the one azd deployed to). Run 'az login' with an account that can, then 'azd hooks run postdeploy'. az said: $account"
fi

# The host creates the key on first start after deployment: wait for it, and say why if it never comes.
key=""
attempt=0
last_error=""
while [ -z "$key" ] && [ "$attempt" -lt 20 ]; do
  if output="$(az functionapp keys list --subscription "$subscription" -n "$AZURE_FUNCTION_APP_NAME" -g "$RESOURCE_GROUP" --query systemKeys.blobs_extension -o tsv 2>&1)"; then
    key="$output"
  else
    last_error="$output"
  fi
  if [ -z "$key" ]; then attempt=$((attempt + 1)); echo "waiting for the blobs_extension key ($attempt/20)"; sleep 15; fi
done
if [ -z "$key" ]; then
  fail "the blobs_extension key of $AZURE_FUNCTION_APP_NAME did not appear in 5 minutes. Last az error: ${last_error:-none (the app answered without the key: is the code deployed and IngestReturn listed?)}"
fi

# Use the host name the platform gave the app (it may not be {name}.azurewebsites.net).
host="$(az functionapp show --subscription "$subscription" -n "$AZURE_FUNCTION_APP_NAME" -g "$RESOURCE_GROUP" --query defaultHostName -o tsv)" \
  || fail "could not read the host name of $AZURE_FUNCTION_APP_NAME (see the az error above)."
endpoint="https://${host}/runtime/webhooks/blobs?functionName=Host.Functions.${function_name}&code=${key}"

az eventgrid system-topic event-subscription create \
  --subscription "$subscription" \
  --name "${function_name}-returns" \
  --resource-group "$RESOURCE_GROUP" \
  --system-topic-name "$EVENTGRID_SYSTEM_TOPIC_NAME" \
  --endpoint-type webhook \
  --endpoint "$endpoint" \
  --included-event-types Microsoft.Storage.BlobCreated \
  --subject-begins-with "/blobServices/default/containers/${container}/" \
  --max-delivery-attempts 30 \
  --event-ttl 1440 \
  --deadletter-identity systemassigned \
  --deadletter-identity-endpoint "$EVENTGRID_DEADLETTER_CONTAINER_ID" \
  --output none \
  || fail "creating the Event Grid subscription ${function_name}-returns on $EVENTGRID_SYSTEM_TOPIC_NAME failed (see the az error above)."

echo "Event Grid subscription ${function_name}-returns delivers BlobCreated in ${container}/ to ${function_name}; undelivered events go to the eventgrid-deadletters container."
