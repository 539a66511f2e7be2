# azd postdeploy hook (Windows): the same as postdeploy.sh. Subscribes the IngestReturn blob trigger
# to BlobCreated events under returns/ once the code, and so the blobs_extension key, is deployed,
# with undeliverable events dead-lettered into the eventgrid-deadletters container. Checks that az is
# installed and logged in to the subscription azd deployed to, and stops with the real cause on any
# error. Idempotent: creating the subscription again updates it. docs/deployment.md has the steps.
$ErrorActionPreference = 'Stop'

foreach ($name in 'AZURE_SUBSCRIPTION_ID', 'RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'EVENTGRID_SYSTEM_TOPIC_NAME', 'EVENTGRID_DEADLETTER_CONTAINER_ID') {
    if (-not [Environment]::GetEnvironmentVariable($name)) { throw "postdeploy: $name is not set; run through azd." }
}
$subscription = $env:AZURE_SUBSCRIPTION_ID
$container = if ($env:RETURNS_CONTAINER_NAME) { $env:RETURNS_CONTAINER_NAME } else { 'returns' }
$functionName = if ($env:INGEST_FUNCTION_NAME) { $env:INGEST_FUNCTION_NAME } else { 'IngestReturn' }

# az and azd keep separate logins: check az can reach the subscription azd deployed to.
if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
    throw "postdeploy: the Azure CLI (az) is not installed. Install it, run 'az login', then 'azd hooks run postdeploy'."
}
$account = az account show --subscription $subscription --query id -o tsv 2>&1
if ($LASTEXITCODE -ne 0) {
    throw "postdeploy: az cannot use subscription $subscription (the one azd deployed to). Run 'az login' with an account that can, then 'azd hooks run postdeploy'. az said: $account"
}

# The host creates the key on first start after deployment: wait for it, and say why if it never comes.
$key = ''
$lastError = ''
for ($attempt = 1; $attempt -le 20 -and -not $key; $attempt++) {
    $output = az functionapp keys list --subscription $subscription -n $env:AZURE_FUNCTION_APP_NAME -g $env:RESOURCE_GROUP --query systemKeys.blobs_extension -o tsv 2>&1
    if ($LASTEXITCODE -eq 0) { $key = "$output".Trim() } else { $lastError = "$output" }
    if (-not $key) { Write-Host "waiting for the blobs_extension key ($attempt/20)"; Start-Sleep -Seconds 15 }
}
if (-not $key) {
    $reason = if ($lastError) { $lastError } else { 'none (the app answered without the key: is the code deployed and IngestReturn listed?)' }
    throw "postdeploy: the blobs_extension key of $($env:AZURE_FUNCTION_APP_NAME) did not appear in 5 minutes. Last az error: $reason"
}

# Use the host name the platform gave the app (it may not be {name}.azurewebsites.net).
$appHost = az functionapp show --subscription $subscription -n $env:AZURE_FUNCTION_APP_NAME -g $env:RESOURCE_GROUP --query defaultHostName -o tsv
if ($LASTEXITCODE -ne 0) { throw "postdeploy: could not read the host name of $($env:AZURE_FUNCTION_APP_NAME) (see the az error above)." }
$endpoint = "https://$appHost/runtime/webhooks/blobs?functionName=Host.Functions.$functionName&code=$key"

az eventgrid system-topic event-subscription create `
    --subscription $subscription `
    --name "$functionName-returns" `
    --resource-group $env:RESOURCE_GROUP `
    --system-topic-name $env:EVENTGRID_SYSTEM_TOPIC_NAME `
    --endpoint-type webhook `
    --endpoint "`"$endpoint`"" `
    --included-event-types Microsoft.Storage.BlobCreated `
    --subject-begins-with "/blobServices/default/containers/$container/" `
    --max-delivery-attempts 30 `
    --event-ttl 1440 `
    --deadletter-identity systemassigned `
    --deadletter-identity-endpoint $env:EVENTGRID_DEADLETTER_CONTAINER_ID `
    --output none
if ($LASTEXITCODE -ne 0) { throw "postdeploy: creating the Event Grid subscription $functionName-returns on $($env:EVENTGRID_SYSTEM_TOPIC_NAME) failed (see the az error above)." }
Write-Host "Event Grid subscription $functionName-returns delivers BlobCreated in $container/ to $functionName; undelivered events go to the eventgrid-deadletters container."
