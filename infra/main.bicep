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
@description('Primary location for all resources (a region offering Flex Consumption).')
@metadata({ azd: { type: 'location' } })
param location string

@description('Object id of the deploying user: given blob and table data roles to maintain the submitters table. Empty for none.')
param principalId string = ''

@description('Client id of the Entra app registration for sign-in. Empty leaves sign-in unconfigured, so every HTTP call is anonymous and refused.')
param authClientId string = ''

@description('NCRONTAB schedule of RefreshAggregates.')
param refreshSchedule string = '0 */15 * * * *'

@description('Day of the month after the period by which a PCN return is due.')
param returnDueDay string = '15'

@description('Upper bound on Flex Consumption instances.')
param maximumInstanceCount int = 40

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = '${abbrs.webSitesFunctions}${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'
// StorageNames.cs: the containers and tables the code uses, plus the deployment package container.
var containers = ['returns', 'receipts', 'curated', '$web', 'exports', deploymentContainerName]
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
      OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID: identity.outputs.clientId
      // Tells the app a platform sign-in strips forged principal headers; only when auth.bicep is deployed.
      PLATFORM_SIGNIN: empty(authClientId) ? '' : 'EasyAuth'
    }
  }
}

module auth 'modules/auth.bicep' = if (!empty(authClientId)) {
  name: 'auth'
  scope: rg
  params: {
    functionAppName: functionApp.outputs.name
    clientId: authClientId
  }
}

module eventGrid 'modules/eventgrid.bicep' = {
  name: 'eventgrid'
  scope: rg
  params: {
    name: '${abbrs.eventGridSystemTopics}${resourceToken}'
    location: location
    tags: tags
    storageAccountId: storage.outputs.id
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
output RETURNS_CONTAINER_NAME string = 'returns'
output INGEST_FUNCTION_NAME string = 'IngestReturn'
output DASHBOARD_URL string = 'https://${functionApp.outputs.defaultHostName}/api/dashboard/'
