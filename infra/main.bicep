// SpReporting on Azure (azd): storage, the Function App on Flex Consumption with a user-assigned
// identity and role assignments instead of keys, Entra-authenticated Application Insights, the
// Event Grid system topic for the blob trigger, and Entra ID sign-in in front of the HTTP API and
// the dashboard. docs/deployment.md explains the choices and the steps.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; part of every resource name.')
param environmentName string

@minLength(1)
@description('Primary location for all resources: a region offering Flex Consumption (az functionapp list-flexconsumption-locations).')
@metadata({ azd: { type: 'location' } })
@allowed([
  'australiaeast'
  'australiasoutheast'
  'brazilsouth'
  'canadacentral'
  'centralindia'
  'centralus'
  'eastasia'
  'eastus'
  'eastus2'
  'francecentral'
  'germanywestcentral'
  'italynorth'
  'japaneast'
  'japanwest'
  'koreacentral'
  'northcentralus'
  'northeurope'
  'norwayeast'
  'southafricanorth'
  'southcentralus'
  'southeastasia'
  'southindia'
  'spaincentral'
  'swedencentral'
  'uaenorth'
  'uksouth'
  'ukwest'
  'westcentralus'
  'westeurope'
  'westus'
  'westus2'
  'westus3'
])
param location string

@description('Object id of the deployer (azd sets it): given Storage Table Data Contributor on the Submitters table only, which grant-access.sh writes. Empty for none.')
param principalId string = ''

@description('What the deployer is: a person (User) or a pipeline (ServicePrincipal).')
@allowed(['User', 'ServicePrincipal'])
param principalType string = 'User'

@description('Client id of the Entra app registration for sign-in. Required unless allowNoSignIn is true.')
param authClientId string = ''

@description('Deploy without sign-in: only for a closed test, where every HTTP call is anonymous and refused (docs/deployment.md).')
param allowNoSignIn bool = false

@description('Name of an Event Grid system topic already on this storage account, in this resource group, to reuse instead of creating one (an account can have only one). It needs its system-assigned identity on.')
param existingEventGridSystemTopicName string = ''

@description('NCRONTAB schedule of SweepUploads, which ingests uploads whose trigger event was lost.')
param sweepSchedule string = '0 5,20,35,50 * * * *'

@description('Minutes an upload may wait for its trigger before the sweep ingests it.')
param sweepGraceMinutes string = '15'

@description('NCRONTAB schedule of RefreshAggregates.')
param refreshSchedule string = '0 */15 * * * *'

@description('Day of the month after the period by which a PCN return is due.')
param returnDueDay string = '15'

@description('Upper bound on Flex Consumption instances.')
param maximumInstanceCount int = 40

// Refuse, at deployment, an app nobody can sign in to unless a closed test is asked for explicitly.
var signInClientId = !empty(authClientId) || allowNoSignIn
  ? authClientId
  : fail('AUTH_CLIENT_ID is empty: register the sign-in app first (docs/deployment.md), or set ALLOW_NO_SIGN_IN=true for a closed test.')

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = '${abbrs.webSitesFunctions}${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'
// Event Grid writes BlobCreated events it could not deliver here; the app's identity can read them.
var deadLetterContainerName = 'eventgrid-deadletters'
// StorageNames.cs: the containers and tables the code uses, plus the deployment package and dead letters.
var containers = ['returns', 'receipts', 'curated', 'site', 'exports', deploymentContainerName, deadLetterContainerName]
// Rewritten by every refresh, ingest or deployment: old versions expire. Never 'returns' (docs/storage.md).
var expiringVersionContainers = ['site', 'exports', 'receipts', 'curated', deploymentContainerName]
var tables = ['Submissions', 'Partials', 'Aggregates', 'Control', 'Submitters']

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    containers: containers
    tables: tables
    expiringVersionContainers: expiringVersionContainers
  }
}

module rbac 'modules/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    identityPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  scope: rg
  dependsOn: [rbac]
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageQueueEndpoint: storage.outputs.queueEndpoint
    storageTableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    maximumInstanceCount: maximumInstanceCount
    appSettings: {
      REFRESH_SCHEDULE: refreshSchedule
      REFRESH_FULL: 'false'
      RETURN_DUE_DAY: returnDueDay
      SWEEP_SCHEDULE: sweepSchedule
      SWEEP_GRACE_MINUTES: sweepGraceMinutes
      OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID: identity.outputs.clientId
      // Tells the app a platform sign-in strips forged principal headers; only when auth.bicep is deployed.
      PLATFORM_SIGNIN: empty(signInClientId) ? '' : 'EasyAuth'
    }
  }
}

module auth 'modules/auth.bicep' = if (!empty(signInClientId)) {
  name: 'auth'
  scope: rg
  params: {
    functionAppName: functionApp.outputs.name
    clientId: signInClientId
  }
}

module eventGrid 'modules/eventgrid.bicep' = {
  name: 'eventgrid'
  scope: rg
  params: {
    name: empty(existingEventGridSystemTopicName) ? '${abbrs.eventGridSystemTopics}${resourceToken}' : existingEventGridSystemTopicName
    reuseExisting: !empty(existingEventGridSystemTopicName)
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    deadLetterContainerName: deadLetterContainerName
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_HOSTNAME string = functionApp.outputs.defaultHostName
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output AZURE_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output EVENTGRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.name
output EVENTGRID_DEADLETTER_CONTAINER_ID string = eventGrid.outputs.deadLetterContainerId
output AUTH_REDIRECT_URI string = 'https://${functionApp.outputs.defaultHostName}/.auth/login/aad/callback'
output AUTH_FEDERATED_CREDENTIAL_ISSUER string = '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
output RETURNS_CONTAINER_NAME string = 'returns'
output INGEST_FUNCTION_NAME string = 'IngestReturn'
output DASHBOARD_URL string = 'https://${functionApp.outputs.defaultHostName}/api/dashboard/'
