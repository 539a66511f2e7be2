// The Event Grid system topic on the storage account, created here or reused when one already exists
// (a storage account can have only one). Flex Consumption supports only the Event Grid source for
// blob triggers; the subscription to the function's webhook needs the blobs_extension key, which
// exists only once the code is deployed, so scripts/postdeploy.sh creates it, with dead-lettering
// through the topic's own identity into a container of the same account (docs/deployment.md).
param name string
@description('True to reuse the existing topic called name instead of creating it; it must have its system-assigned identity on.')
param reuseExisting bool = false
param location string
param tags object
param storageAccountName string
param deadLetterContainerName string

var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource deadLetters 'containers' existing = {
      name: deadLetterContainerName
    }
  }
}

resource created 'Microsoft.EventGrid/systemTopics@2022-06-15' = if (!reuseExisting) {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource reused 'Microsoft.EventGrid/systemTopics@2022-06-15' existing = if (reuseExisting) {
  name: name
}

var topicPrincipalId = reuseExisting ? reused!.identity.principalId : created!.identity.principalId

// Dead letters only: write access to the one container, nothing else in the account.
resource deadLetterWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage::blobService::deadLetters.id, name, storageBlobDataContributor)
  scope: storage::blobService::deadLetters
  properties: {
    principalId: topicPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
  }
}

output name string = name
output deadLetterContainerId string = storage::blobService::deadLetters.id
