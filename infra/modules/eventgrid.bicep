// The Event Grid system topic on the storage account. Flex Consumption supports only the Event Grid
// source for blob triggers; the subscription to the function's webhook needs the blobs_extension
// key, which exists only once the code is deployed, so scripts/postdeploy.sh creates it.
param name string
param location string
param tags object
param storageAccountId string

resource topic 'Microsoft.EventGrid/systemTopics@2022-06-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storageAccountId
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = topic.name
