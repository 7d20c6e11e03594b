import CloudBackupAPI
import Foundation
import Testing

/// Every documented example of the operations bsh calls decodes into the wire models.
@Suite("Documented examples decode")
struct DocumentedExamplesTests {
    @Test func agentList() throws {
        let list = try Fixture.decode(AgentList.self, "get-list-agents-for-a-project-v2-project-id-agents.response")
        #expect(!list.agents.isEmpty)
        #expect(list.agents[0].host?.os?.name != nil)
    }

    @Test func agentDetails() throws {
        let agent = try Fixture.decode(Agent.self, "get-list-details-about-an-agent-v2-project-id-agents-agent-id.response")
        #expect(agent.id == "8f135b4f-7a69-4b8a-947f-5e80d772fd97")
        #expect(agent.rsaPublicKey?.exponent == .number(10001))
        #expect(agent.vault?.links?.href(rel: "publicURL") != nil)
        #expect(agent.links?.href(rel: "logfiles") != nil)
    }

    @Test func registeredAgentKeepsItsPasswordSecret() throws {
        let agent = try Fixture.decode(Agent.self, "post-register-an-agent-v2-project-id-agents.response")
        let password = try #require(agent.password)
        #expect(password.revealed == "2d0080f9-3a6a-4ef1-b7ea-4c67c5e92796")
        #expect("\(agent)".contains(password.revealed) == false)
    }

    @Test(arguments: [
        "get-view-results-of-a-browse-request-for-an-agent-v2-project-id-agents-agent-id-browse-requests-request-id.response",
        "get-view-results-of-a-browse-request-for-a-backup-v2-project-id-backups-backup-id-browse-requests-request-id.response",
    ])
    func browseResults(name: String) throws {
        let result = try Fixture.decode(BrowseResult.self, name)
        #expect(result.succeeded)
        #expect(result.items.first?.name == "initrd.img")
        #expect(result.items.first?.mimeType == MimeType.symlink)
        // The docs put placeholder text in the *_encoded fields: it is not base64 and is ignored.
        #expect(result.items.first?.remoteName == RemoteName("initrd.img"))
    }

    @Test func browseRequestBody() throws {
        let body = try Fixture.decode(
            BrowseRequestBody.self, "post-request-to-browse-an-agents-files-v2-project-id-agents-agent-id-browse-requests.request")
        #expect(body.path == "/")
    }

    @Test func logFiles() throws {
        let requested = try Fixture.decode(
            LogFile.self, "post-request-download-of-the-log-file-for-an-agent-v2-project-id-agents-agent-id-logfiles.response")
        #expect(requested.state == "requested")
        #expect(requested.temporaryURL == nil)
        let list = try Fixture.decode(
            LogFileList.self, "get-list-the-log-files-for-an-agent-v2-project-id-agents-agent-id-logfiles.response")
        #expect(list.logfiles.first?.state == "completed")
        #expect(list.logfiles.first?.temporaryURL?.contains("temp_url_sig") == true)
        let one = try Fixture.decode(
            LogFile.self, "get-list-details-for-the-log-files-for-an-agent-v2-project-id-agents-agent-id-logfiles-logfile-id.response")
        #expect(!one.id.isEmpty)
    }

    @Test func logFilePatch() throws {
        let patch = try Fixture.decode(
            [PatchOperation].self, "patch-update-a-log-file-v2-project-id-agents-agent-id-logfiles-logfile-id.request")
        #expect(patch == [PatchOperation(op: "replace", path: "/state", value: .string("started"))])
    }

    @Test func projectActivation() throws {
        let activation = try Fixture.decode(AgentActivation.self, "post-project-events-v2-project-id-events.request")
        #expect(activation.event == "agent_activate")
        #expect(AgentActivation.Mode(rawValue: activation.mode) != nil)
    }

    @Test func identityResponseAndCatalog() throws {
        let response = try Fixture.decode(AccessResponse.self, "identity-tokens.response")
        #expect(response.access.token.tenant?.id == "110011")
        #expect(response.access.user?.defaultRegion == "ORD")
        let backup = try #require(response.access.serviceCatalog.first { $0.type == CatalogEntry.backupType })
        #expect(backup.name == CatalogEntry.backupName)
        #expect(backup.endpoints.map(\.region) == ["IAD", "HKG", "SYD", "DFW", "ORD"])
        #expect("\(response.access.token)".contains("xxxxxxxx") == false)
    }

    @Test func encodingKeepsTheServicesFieldNames() throws {
        let agent = try Fixture.decode(Agent.self, "get-list-details-about-an-agent-v2-project-id-agents-agent-id.response")
        let json = String(decoding: try JSONEncoder().encode(agent), as: UTF8.self)
        for field in ["\"project_id\"", "\"rsa_public_key\"", "\"log_level\"", "\"registered_time\"", "\"use_internal\""] {
            #expect(json.contains(field))
        }
    }
}
