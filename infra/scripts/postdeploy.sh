#!/bin/sh
# azd postdeploy hook: subscribes the IngestReturn blob trigger to BlobCreated events under returns/.
# Flex Consumption supports only the Event Grid source for blob triggers, and the webhook needs the
# blobs_extension system key, which exists only once the code is deployed: hence after deploy.
# azd passes the Bicep outputs (infra/main.bicep) as environment variables.
set -eu

: "${RESOURCE_GROUP:?run through azd, or export RESOURCE_GROUP}"
: "${AZURE_FUNCTION_APP_NAME:?}"
: "${EVENTGRID_SYSTEM_TOPIC_NAME:?}"
container="${RETURNS_CONTAINER_NAME:-returns}"
function_name="${INGEST_FUNCTION_NAME:-IngestReturn}"

# The host creates the key on first start after deployment: wait for it rather than fail.
key=""
attempt=0
while [ -z "$key" ] && [ "$attempt" -lt 20 ]; do
  key="$(az functionapp keys list -n "$AZURE_FUNCTION_APP_NAME" -g "$RESOURCE_GROUP" --query systemKeys.blobs_extension -o tsv 2>/dev/null || true)"
  if [ -z "$key" ]; then attempt=$((attempt + 1)); echo "waiting for the blobs_extension key ($attempt/20)"; sleep 15; fi
done
if [ -z "$key" ]; then echo "the blobs_extension key did not appear; is the app deployed and running?" >&2; exit 1; fi

# Use the host name the platform gave the app (it may not be {name}.azurewebsites.net).
host="$(az functionapp show -n "$AZURE_FUNCTION_APP_NAME" -g "$RESOURCE_GROUP" --query defaultHostName -o tsv)"
endpoint="https://${host}/runtime/webhooks/blobs?functionName=Host.Functions.${function_name}&code=${key}"

az eventgrid system-topic event-subscription create \
  --name "${function_name}-returns" \
  --resource-group "$RESOURCE_GROUP" \
  --system-topic-name "$EVENTGRID_SYSTEM_TOPIC_NAME" \
  --endpoint-type webhook \
  --endpoint "$endpoint" \
  --included-event-types Microsoft.Storage.BlobCreated \
  --subject-begins-with "/blobServices/default/containers/${container}/" \
  --max-delivery-attempts 30 \
  --event-ttl 1440 \
  --output none

echo "Event Grid subscription ${function_name}-returns delivers BlobCreated in ${container}/ to ${function_name}."
