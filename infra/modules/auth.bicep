// App Service Authentication (Easy Auth) with Entra ID on the Function App. Unauthenticated requests
// are let through (AllowAnonymous) so that the code decides: API calls get 401, dashboard pages a
// redirect to sign-in, and the Event Grid webhook (/runtime/webhooks/blobs, which carries the
// blobs_extension key) still arrives. Easy Auth validates tokens and cookies, removes any
// X-MS-CLIENT-PRINCIPAL a client sends and sets its own (docs/deployment.md).
param functionAppName string
@description('Client id of the Entra app registration users sign in to.')
param clientId string
param tenantId string = tenant().tenantId

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource auth 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
      redirectToProvider: 'azureactivedirectory'
    }
    httpSettings: {
      requireHttps: true
      forwardProxy: {
        convention: 'NoProxy'
      }
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenantId}/v2.0'
          clientId: clientId
          // The platform reads the identity's client id from this setting and signs in with a
          // federated credential instead of a secret.
          clientSecretSettingName: 'OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID'
        }
        validation: {
          allowedAudiences: [
            'api://${clientId}'
            clientId
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
      preserveUrlFragmentsForLogins: true
    }
  }
}
