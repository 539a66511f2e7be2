# azd postdeploy hook (Windows): the same as postdeploy.sh. Subscribes the IngestReturn blob trigger
# to BlobCreated events under returns/ once the code, and so the blobs_extension key, is deployed.
$ErrorActionPreference = 'Stop'

foreach ($name in 'RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'EVENTGRID_SYSTEM_TOPIC_NAME') {
    if (-not [Environment]::GetEnvironmentVariable($name)) { throw "$name is not set; run through azd." }
}
$container = if ($env:RETURNS_CONTAINER_NAME) { $env:RETURNS_CONTAINER_NAME } else { 'returns' }
$functionName = if ($env:INGEST_FUNCTION_NAME) { $env:INGEST_FUNCTION_NAME } else { 'IngestReturn' }

$key = ''
for ($attempt = 1; $attempt -le 20 -and -not $key; $attempt++) {
    $key = az functionapp keys list -n $env:AZURE_FUNCTION_APP_NAME -g $env:RESOURCE_GROUP --query systemKeys.blobs_extension -o tsv 2>$null
    if (-not $key) { Write-Host "waiting for the blobs_extension key ($attempt/20)"; Start-Sleep -Seconds 15 }
}
if (-not $key) { throw 'The blobs_extension key did not appear; is the app deployed and running?' }

$appHost = az functionapp show -n $env:AZURE_FUNCTION_APP_NAME -g $env:RESOURCE_GROUP --query defaultHostName -o tsv
$endpoint = "https://$appHost/runtime/webhooks/blobs?functionName=Host.Functions.$functionName&code=$key"

az eventgrid system-topic event-subscription create `
    --name "$functionName-returns" `
    --resource-group $env:RESOURCE_GROUP `
    --system-topic-name $env:EVENTGRID_SYSTEM_TOPIC_NAME `
    --endpoint-type webhook `
    --endpoint "`"$endpoint`"" `
    --included-event-types Microsoft.Storage.BlobCreated `
    --subject-begins-with "/blobServices/default/containers/$container/" `
    --max-delivery-attempts 30 `
    --event-ttl 1440 `
    --output none
if ($LASTEXITCODE -ne 0) { throw 'Creating the Event Grid subscription failed.' }
Write-Host "Event Grid subscription $functionName-returns delivers BlobCreated in $container/ to $functionName."
