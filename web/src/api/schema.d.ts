// Generated from /api/openapi.json by openapi-typescript (test/web/api-types.test.ts): do not edit.
export interface paths {
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Request counts and durations (Prometheus text format) */
        get: operations["metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The store answers */
        get: operations["readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/simulator/payment/{invoiceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payment simulator page */
        get: operations["simulatorPaymentPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/simulator/payment/{invoiceId}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pay: the simulator signs the callback and posts it (then back to `return`, if given) */
        post: operations["simulatorPay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demo/applicants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Demo applicants to log in as, and the demo officials */
        get: operations["listDemoAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/demo-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Demo mode: log in as a demo applicant (IIN or BIN) */
        post: operations["demoLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/demo-sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Demo mode: sign the draft with the applicant's key from the test PKI (what NCALayer would do) */
        post: operations["demoSignApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every service */
        get: operations["listServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The version of a service in force on a date (today by default) */
        get: operations["getService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{id}/diagram.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process as SVG or BPMN 2.0 */
        get: operations["getServiceDiagram"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** n working (or calendar) days after a date, explained */
        get: operations["addDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year in working days */
        get: operations["getCalendarYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ids/{value}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check and decode an IIN or BIN */
        get: operations["checkId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who I am logged in as (a visitor: 200 with no principal) */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applicant/state-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the state databases hold about me (for confirmation) */
        get: operations["getStateData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My inbox, newest first */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{id}/passport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service passport: documents, fee in tenge today, deadline, per case */
        get: operations["getServicePassport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My applications */
        get: operations["listApplications"];
        put?: never;
        /** Create a draft */
        post: operations["createApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status with the full timeline */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit the draft */
        patch: operations["updateApplication"];
        trace?: never;
    };
    "/api/v1/applications/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What to sign on submission (NCALayer createCAdESFromBase64, detached): the draft as canonical JSON, base64 */
        get: operations["getApplicationContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the draft; on a portal with the EDS (base64 CMS over /content) */
        post: operations["submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the application */
        post: operations["withdrawApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/objection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Object to the preliminary decision (hearing) */
        post: operations["fileObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quality survey: its questions, and whether it is open */
        get: operations["getSurvey"];
        put?: never;
        /** Answer the quality survey (option numbers, 1 = not satisfied); a new answer replaces the old */
        post: operations["answerSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start paying the fee: an invoice and the page to pay on */
        post: operations["startPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The application's attachments (without content) */
        get: operations["listAttachments"];
        put?: never;
        /** Attach a file (PDF, PNG or JPEG; raw body, application/octet-stream) to a draft */
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment (its bytes, with X-Content-SHA256) */
        get: operations["downloadAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/results/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed result document (PDF); ?docLang=kk|ru */
        get: operations["getResultDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/results/{kind}/signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The official's detached CMS over the PDF (DER, application/pkcs7-signature) */
        get: operations["getResultSignature"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A one-time challenge to sign with the EDS AUTH key (valid 5 minutes; 30 a minute per address) */
        post: operations["getLoginChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/eds-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with a CMS signature (attached or detached) of the challenge by an AUTH key */
        post: operations["edsLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Official login by password (attempts limited per account and per address: src/server/login-limits.ts) */
        post: operations["officialLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current steps of my role at my provider, soonest due first */
        get: operations["getWorkQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case page: state, timeline, events */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official/cases/{id}/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Perform an engine action (the engine checks role, provider and step) */
        post: operations["performCaseCommand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official/paper-intake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a paper application; answers with the receipt (inbound number, planned result date) */
        post: operations["paperIntake"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A visitor arrives at the official's office: a ticket with its number of the day and the case's waiting and service limits (seed 004 7-т.) */
        post: operations["recordVisitArrival"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official/visits/{id}/call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The clerk calls the visitor: the start of service (ends the wait) */
        post: operations["callVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official/visits/{id}/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The end of service, optionally linking the application registered during the visit (its receipt then shows the visit) */
        post: operations["finishVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official/visits/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The office board: visitors waiting (longest wait first) and being served in the official's unit, with minutes and over-limit flags */
        get: operations["getVisitBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The complaints about my application */
        get: operations["listApplicationComplaints"];
        put?: never;
        /** File a complaint against a decision, action or inaction on my application */
        post: operations["fileComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{complaintId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A complaint: its applicant, an official of its provider, or the quality authority */
        get: operations["getComplaint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Complaints about my provider (the quality authority: every provider), overdue ones flagged */
        get: operations["listComplaints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official/complaints/{complaintId}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend the review (once, within the maximum); the notice to the applicant goes out at once */
        post: operations["extendComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official/complaints/{complaintId}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide: satisfied, partly satisfied or rejected (the provider then forwards what it did not grant) */
        post: operations["decideComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official/complaints/{complaintId}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forward to the reviewing body what the provider did not grant */
        post: operations["forwardComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/failure-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My failure reports (mine or filed for me by a clerk), newest first, with their status */
        get: operations["listFailureReports"];
        put?: never;
        /** Report a technical failure of the portal to the e-government operator (seed 000 p. 15): service, application or permit number, time of the error from the authorisation, step-by-step screenshots (PNG, JPEG; base64); the IIN/BIN is the session’s */
        post: operations["fileFailureReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/failure-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my failure reports with its status */
        get: operations["getFailureReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official/failure-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The failure reports my provider's officials filed, newest first, with their status */
        get: operations["listProviderFailureReports"];
        put?: never;
        /** A clerk reports a technical failure on an applicant’s behalf (seed 000 p. 15): as the applicant does, with the applicant’s IIN/BIN (control digit checked) */
        post: operations["fileFailureReportForApplicant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official/failure-reports/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the operator's answer to a report my provider filed: the report is closed */
        post: operations["closeFailureReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation/representatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My organisation's employees and their powers */
        get: operations["listRepresentatives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation/representatives/{iin}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record an employee's powers */
        put: operations["putRepresentative"];
        post?: never;
        /** Withdraw an employee's powers */
        delete: operations["deleteRepresentative"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/act-for": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An employee starts acting for their organisation, within the recorded power "apply" */
        post: operations["actFor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/officials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Officials and administrators */
        get: operations["listOfficials"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/officials/{login}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or update an account: an official (role and provider as the catalog names them) or an administrator (role admin, no provider). A new password, role, provider or unit ends the account's sessions; the last active administrator cannot be demoted. */
        put: operations["putOfficial"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/officials/{login}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable an account: it cannot log in and its sessions end at once (the last active administrator cannot be disabled) */
        post: operations["disableOfficial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/officials/{login}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a disabled account again (it logs in anew) */
        post: operations["enableOfficial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications by service and status */
        get: operations["getOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/catalog/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every service version with its validity and whether it is in force today */
        get: operations["listCatalogVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/catalog/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a catalog file (JSON body): its schema and integrity problems, none when it can be published */
        post: operations["validateCatalogFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/catalog/publications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Catalog files published at run time: effective date, who, when */
        get: operations["listPublications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/catalog/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a catalog file (JSON body) with an effective date: its services become new versions in force from that date */
        post: operations["publishCatalogFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalog's providers with the official roles their processes name and their territorial units */
        get: operations["listProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/providers/{id}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider's territorial units */
        get: operations["listProviderUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{id}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The territorial units of the service's provider (optional `unitId` of a new application) */
        get: operations["listServiceUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/providers/{id}/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or update a territorial unit of a provider */
        put: operations["putUnit"];
        post?: never;
        /** Delete a territorial unit no official or application belongs to */
        delete: operations["deleteUnit"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Runtime settings: the values in force and their environment defaults */
        get: operations["getSettings"];
        /** Change runtime settings (only the keys given); answers the settings in force */
        put: operations["putSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who read whose personal data: the access log, newest first (administrators only) */
        get: operations["getAccessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/permits/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring a permit issued outside Ruqsat into the registry, with its source */
        post: operations["importPermit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervisor/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quality indicators per provider and service: on time, overdue now, time per step against the norm, refusals by ground, counter visits over the waiting and service limits per office */
        get: operations["getIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/permits/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify a permit by its number */
        get: operations["verifyPermit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/permits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A holder's permits by BIN or IIN */
        get: operations["listHolderPermits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/p/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The QR link printed on a permit */
        get: operations["verifyPermitByLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The payment gateway posts "paid" here, signed with HMAC-SHA256 (X-Signature: sha256=…) */
        post: operations["paymentCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            type: string;
            title: string;
            status: number;
            code?: string;
            detail?: string;
            instance?: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    simulatorPaymentPage: {
        parameters: {
            query?: {
                return?: string;
                lang?: string;
            };
            header?: never;
            path: {
                invoiceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    simulatorPay: {
        parameters: {
            query?: {
                return?: string;
                lang?: string;
            };
            header?: never;
            path: {
                invoiceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applied?: boolean;
                        code?: string;
                        applicationId?: string;
                        status?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Back to the `return` page */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDemoAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicants?: {
                            [key: string]: unknown;
                        }[];
                        officials?: ({
                            login?: string;
                            role?: string;
                            providerId?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        officialPassword?: string | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    demoLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token?: string;
                        csrfToken?: string;
                        principal?: {
                            kind?: string;
                            id?: string;
                            type?: string;
                            name?: string;
                            login?: string;
                            role?: string;
                            providerId?: string;
                            workplace?: ({
                                kk?: string;
                                ru?: string;
                                en?: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    demoSignApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        signature?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listServices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        id?: string;
                        providerId?: string;
                        kind?: string;
                        channels?: string[];
                        status?: string;
                        cases?: string[];
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getService: {
        parameters: {
            query?: {
                on?: string;
                lang?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        repealed?: boolean;
                        actText?: {
                            kk?: string;
                            ru?: string;
                            en?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getServiceDiagram: {
        parameters: {
            query?: {
                case?: string;
                lang?: string;
            };
            header?: never;
            path: {
                id: string;
                format: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The diagram */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                    "application/xml": string;
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addDays: {
        parameters: {
            query?: {
                date?: string;
                n?: string;
                unit?: string;
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rule?: string;
                        sources?: string[];
                        start?: string;
                        result?: string;
                        skipped?: {
                            [key: string]: unknown;
                        }[];
                        notes?: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year?: number;
                        nonWorkingWeekdays?: string[];
                        workingWeekends?: string[];
                        workingDaysPerMonth?: number[];
                        sources?: string[];
                        notes?: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                value: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        valid?: boolean;
                        value?: string;
                        kind?: string | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        principal?: ({
                            kind?: string;
                            id?: string;
                            type?: string;
                            name?: string;
                            login?: string;
                            role?: string;
                            providerId?: string;
                            workplace?: ({
                                kk?: string;
                                ru?: string;
                                en?: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        csrfToken?: string | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStateData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        readAt?: string | null;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getServicePassport: {
        parameters: {
            query?: {
                case?: string;
                lang?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        version?: number;
                        act?: string;
                        repealed?: boolean;
                        channels?: string[];
                        applicantTypes?: string[];
                        cases?: ({
                            id?: string;
                            kind?: string;
                            documents?: {
                                [key: string]: unknown;
                            }[];
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        id?: string;
                        serviceId?: string;
                        caseId?: string;
                        status?: string;
                        updatedAt?: string;
                        inboundNumber?: string | null;
                        deadline?: string | null;
                        workingMinutesLeft?: number | null;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    serviceId: string;
                    caseId: string;
                    /** @enum {string} */
                    channel?: "egov-portal" | "elicense-portal";
                    permitNumber?: string;
                    ground?: {
                        /** @enum {string} */
                        kind: "loss" | "damage";
                        /** @default null */
                        note?: string | null;
                    } | {
                        /** @enum {string} */
                        kind: "change";
                        change: string;
                        changedOn: string;
                    };
                    form?: {
                        [key: string]: unknown;
                    };
                    unitId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId?: string;
                        version?: number;
                        status?: string;
                        events?: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        application?: {
                            id?: string;
                            version?: number;
                            serviceId?: string;
                            serviceVersion?: number;
                            actId?: string;
                            caseId?: string;
                            caseKind?: string;
                            channel?: string;
                            processId?: string | null;
                            providerId?: string;
                            applicant?: {
                                id?: string;
                                type?: string;
                                name?: string;
                            } & {
                                [key: string]: unknown;
                            };
                            permitNumber?: string | null;
                            form?: {
                                [key: string]: unknown;
                            };
                            status?: string;
                            createdAt?: string;
                            submittedAt?: string | null;
                            completeness?: string;
                            steps?: {
                                [key: string]: unknown;
                            }[];
                            currentStepId?: string | null;
                            executorId?: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                        timeline?: {
                            status?: string;
                            registeredAt?: string | null;
                            deadline?: string | null;
                            plannedResultDate?: string | null;
                            estimate?: ({
                                at?: string;
                                date?: string;
                                label?: {
                                    kk?: string;
                                    ru?: string;
                                    en?: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            workingMinutesLeft?: number | null;
                            overdue?: boolean;
                            paused?: boolean;
                            steps?: ({
                                stepId?: string;
                                role?: string;
                                action?: string;
                                startedAt?: string;
                                due?: string | null;
                                done?: string | null;
                                onTime?: boolean | null;
                                overdue?: boolean;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    form: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId?: string;
                        version?: number;
                        status?: string;
                        events?: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApplicationContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        base64?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    signature?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId?: string;
                        version?: number;
                        status?: string;
                        events?: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId?: string;
                        version?: number;
                        status?: string;
                        events?: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fileObjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId?: string;
                        version?: number;
                        status?: string;
                        events?: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        open?: boolean;
                        questions?: ({
                            id?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: {
                        [key: string]: number;
                    };
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invoiceId?: string;
                        applicationId?: string;
                        payerId?: string;
                        purpose?: string;
                        date?: string;
                        mci?: number;
                        amountTenge?: number;
                        mciValue?: number;
                        mciSource?: string;
                        payUrl?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        id?: string;
                        applicationId?: string;
                        documentId?: string;
                        name?: string;
                        mediaType?: string;
                        sha256?: string;
                        uploadedBy?: string;
                        uploadedAt?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadAttachment: {
        parameters: {
            query: {
                name: string;
                documentId: string;
                lang?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        applicationId?: string;
                        documentId?: string;
                        name?: string;
                        mediaType?: string;
                        sha256?: string;
                        uploadedBy?: string;
                        uploadedAt?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file as uploaded (PDF, PNG or JPEG) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/png": string;
                    "image/jpeg": string;
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getResultDocument: {
        parameters: {
            query?: {
                docLang?: "kk" | "ru";
                lang?: string;
            };
            header?: never;
            path: {
                id: string;
                kind: "license" | "appendix" | "refusal" | "preliminary-decision" | "receipt" | "inventory";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed result document (PDF); ?docLang=kk|ru */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getResultSignature: {
        parameters: {
            query?: {
                docLang?: "kk" | "ru";
                lang?: string;
            };
            header?: never;
            path: {
                id: string;
                kind: "license" | "appendix" | "refusal" | "preliminary-decision" | "receipt" | "inventory";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The official's detached CMS over the PDF (DER, application/pkcs7-signature) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pkcs7-signature": string;
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLoginChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        challengeId?: string;
                        content?: string;
                        expiresAt?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    edsLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    challengeId: string;
                    signature: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token?: string;
                        csrfToken?: string;
                        principal?: {
                            kind?: string;
                            id?: string;
                            type?: string;
                            name?: string;
                            login?: string;
                            role?: string;
                            providerId?: string;
                            workplace?: ({
                                kk?: string;
                                ru?: string;
                                en?: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    officialLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    login: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token?: string;
                        csrfToken?: string;
                        principal?: {
                            kind?: string;
                            id?: string;
                            type?: string;
                            name?: string;
                            login?: string;
                            role?: string;
                            providerId?: string;
                            workplace?: ({
                                kk?: string;
                                ru?: string;
                                en?: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkQueue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        applicationId?: string;
                        serviceId?: string;
                        status?: string;
                        inboundNumber?: string | null;
                        applicant?: string;
                        step?: {
                            stepId?: string | null;
                            action?: string | null;
                            short?: ({
                                kk?: string;
                                ru?: string;
                                en?: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        };
                        due?: string | null;
                        workingMinutesLeft?: number | null;
                        deadline?: string | null;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        application?: {
                            id?: string;
                            version?: number;
                            serviceId?: string;
                            serviceVersion?: number;
                            actId?: string;
                            caseId?: string;
                            caseKind?: string;
                            channel?: string;
                            processId?: string | null;
                            providerId?: string;
                            applicant?: {
                                id?: string;
                                type?: string;
                                name?: string;
                            } & {
                                [key: string]: unknown;
                            };
                            permitNumber?: string | null;
                            form?: {
                                [key: string]: unknown;
                            };
                            status?: string;
                            createdAt?: string;
                            submittedAt?: string | null;
                            completeness?: string;
                            steps?: {
                                [key: string]: unknown;
                            }[];
                            currentStepId?: string | null;
                            executorId?: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                        timeline?: {
                            status?: string;
                            registeredAt?: string | null;
                            deadline?: string | null;
                            plannedResultDate?: string | null;
                            estimate?: ({
                                at?: string;
                                date?: string;
                                label?: {
                                    kk?: string;
                                    ru?: string;
                                    en?: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            workingMinutesLeft?: number | null;
                            overdue?: boolean;
                            paused?: boolean;
                            steps?: ({
                                stepId?: string;
                                role?: string;
                                action?: string;
                                startedAt?: string;
                                due?: string | null;
                                done?: string | null;
                                onTime?: boolean | null;
                                overdue?: boolean;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                        events?: {
                            [key: string]: unknown;
                        }[];
                        actions?: ({
                            key?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    performCaseCommand: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "assign-executor";
                    executorId: string;
                } | {
                    /** @enum {string} */
                    type: "complete-step";
                    stepId: string;
                    /** @enum {string} */
                    branch?: "incomplete-documents" | "no-payment" | "invalid-eds" | "state-db-missing" | "requirements-not-met" | "refusal-grounds" | "approved" | "positive" | "negative" | "other";
                    note?: string;
                } | {
                    /** @enum {string} */
                    type: "check-completeness";
                    /** @enum {boolean} */
                    complete: true;
                } | {
                    /** @enum {string} */
                    type: "check-completeness";
                    /** @enum {boolean} */
                    complete: false;
                    missing: string[];
                    groundIds: string[];
                } | {
                    /** @enum {string} */
                    type: "request-state-data";
                    source: string;
                } | {
                    /** @enum {string} */
                    type: "record-state-data";
                    source: string;
                    found: boolean;
                    data: unknown;
                } | {
                    /** @enum {string} */
                    type: "record-inspection";
                    positive: boolean;
                    conclusion: string;
                } | {
                    /** @enum {string} */
                    type: "request-approval";
                    agency: string;
                } | {
                    /** @enum {string} */
                    type: "record-approval";
                    agency: string;
                    approved: boolean;
                    text: string;
                } | {
                    /** @enum {string} */
                    type: "request-documents";
                    documents: string[];
                } | {
                    /** @enum {string} */
                    type: "send-preliminary-decision";
                    groundIds: string[];
                    text: string;
                } | {
                    /** @enum {string} */
                    type: "record-hearing";
                    text: string;
                } | {
                    /** @enum {string} */
                    type: "decide";
                    /** @enum {string} */
                    decision: "approve";
                } | {
                    /** @enum {string} */
                    type: "decide";
                    /** @enum {string} */
                    decision: "refuse";
                    groundIds: string[];
                    reasoning: string;
                } | {
                    /** @enum {string} */
                    type: "sign";
                    signatureId?: string;
                } | {
                    /** @enum {string} */
                    type: "issue";
                } | {
                    /** @enum {string} */
                    type: "deliver";
                } | {
                    /** @enum {string} */
                    type: "register";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId?: string;
                        version?: number;
                        status?: string;
                        events?: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    paperIntake: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    serviceId: string;
                    caseId: string;
                    applicant: {
                        id: string;
                        /** @enum {string} */
                        type: "individual" | "entrepreneur" | "legal-entity";
                        name: string;
                    };
                    /**
                     * @default provider-office
                     * @enum {string}
                     */
                    channel?: "provider-office" | "post" | "state-corporation";
                    form?: {
                        [key: string]: unknown;
                    };
                    visitId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId?: string;
                        visit?: ({
                            id?: string;
                            providerId?: string;
                            unitId?: string | null;
                            serviceId?: string;
                            caseId?: string | null;
                            ticket?: number;
                            arrivedAt?: string;
                            calledAt?: string | null;
                            calledBy?: string | null;
                            endedAt?: string | null;
                            endedBy?: string | null;
                            applicationId?: string | null;
                            limits?: {
                                wait?: ({
                                    ms?: number;
                                    source?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                service?: ({
                                    ms?: number;
                                    source?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                            } & {
                                [key: string]: unknown;
                            };
                            version?: number;
                            status?: string;
                            waitedMinutes?: number;
                            servedMinutes?: number | null;
                            waitOver?: boolean | null;
                            serviceOver?: boolean | null;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        receipt?: {
                            inboundNumber?: string | null;
                            receivedAt?: string | null;
                            registeredAt?: string | null;
                            registeredBy?: string;
                            service?: string;
                            applicant?: {
                                id?: string;
                                type?: string;
                                name?: string;
                            } & {
                                [key: string]: unknown;
                            };
                            plannedResultDate?: string | null;
                            deadline?: string | null;
                            estimate?: ({
                                at?: string;
                                date?: string;
                                label?: {
                                    kk?: string;
                                    ru?: string;
                                    en?: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordVisitArrival: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    serviceId: string;
                    caseId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        providerId?: string;
                        unitId?: string | null;
                        serviceId?: string;
                        caseId?: string | null;
                        ticket?: number;
                        arrivedAt?: string;
                        calledAt?: string | null;
                        calledBy?: string | null;
                        endedAt?: string | null;
                        endedBy?: string | null;
                        applicationId?: string | null;
                        limits?: {
                            wait?: ({
                                ms?: number;
                                source?: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            service?: ({
                                ms?: number;
                                source?: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        };
                        version?: number;
                        status?: string;
                        waitedMinutes?: number;
                        servedMinutes?: number | null;
                        waitOver?: boolean | null;
                        serviceOver?: boolean | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    callVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        providerId?: string;
                        unitId?: string | null;
                        serviceId?: string;
                        caseId?: string | null;
                        ticket?: number;
                        arrivedAt?: string;
                        calledAt?: string | null;
                        calledBy?: string | null;
                        endedAt?: string | null;
                        endedBy?: string | null;
                        applicationId?: string | null;
                        limits?: {
                            wait?: ({
                                ms?: number;
                                source?: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            service?: ({
                                ms?: number;
                                source?: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        };
                        version?: number;
                        status?: string;
                        waitedMinutes?: number;
                        servedMinutes?: number | null;
                        waitOver?: boolean | null;
                        serviceOver?: boolean | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    finishVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    applicationId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        providerId?: string;
                        unitId?: string | null;
                        serviceId?: string;
                        caseId?: string | null;
                        ticket?: number;
                        arrivedAt?: string;
                        calledAt?: string | null;
                        calledBy?: string | null;
                        endedAt?: string | null;
                        endedBy?: string | null;
                        applicationId?: string | null;
                        limits?: {
                            wait?: ({
                                ms?: number;
                                source?: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            service?: ({
                                ms?: number;
                                source?: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        };
                        version?: number;
                        status?: string;
                        waitedMinutes?: number;
                        servedMinutes?: number | null;
                        waitOver?: boolean | null;
                        serviceOver?: boolean | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVisitBoard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        now?: string;
                        unitId?: string | null;
                        waiting?: ({
                            id?: string;
                            providerId?: string;
                            unitId?: string | null;
                            serviceId?: string;
                            caseId?: string | null;
                            ticket?: number;
                            arrivedAt?: string;
                            calledAt?: string | null;
                            calledBy?: string | null;
                            endedAt?: string | null;
                            endedBy?: string | null;
                            applicationId?: string | null;
                            limits?: {
                                wait?: ({
                                    ms?: number;
                                    source?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                service?: ({
                                    ms?: number;
                                    source?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                            } & {
                                [key: string]: unknown;
                            };
                            version?: number;
                            status?: string;
                            waitedMinutes?: number;
                            servedMinutes?: number | null;
                            waitOver?: boolean | null;
                            serviceOver?: boolean | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        serving?: ({
                            id?: string;
                            providerId?: string;
                            unitId?: string | null;
                            serviceId?: string;
                            caseId?: string | null;
                            ticket?: number;
                            arrivedAt?: string;
                            calledAt?: string | null;
                            calledBy?: string | null;
                            endedAt?: string | null;
                            endedBy?: string | null;
                            applicationId?: string | null;
                            limits?: {
                                wait?: ({
                                    ms?: number;
                                    source?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                service?: ({
                                    ms?: number;
                                    source?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                            } & {
                                [key: string]: unknown;
                            };
                            version?: number;
                            status?: string;
                            waitedMinutes?: number;
                            servedMinutes?: number | null;
                            waitOver?: boolean | null;
                            serviceOver?: boolean | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        overLimit?: {
                            waiting?: number;
                            serving?: number;
                        } & {
                            [key: string]: unknown;
                        };
                        refreshSeconds?: number;
                        all?: boolean;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApplicationComplaints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        id?: string;
                        version?: number;
                        applicationId?: string | null;
                        providerId?: string;
                        subject?: string;
                        learnedOn?: string;
                        filedOn?: string;
                        fileBy?: string | null;
                        reviewer?: string;
                        status?: string;
                        reviewDue?: string;
                        forwardDue?: string | null;
                        decisions?: ({
                            reviewer?: string;
                            outcome?: string;
                            text?: string;
                            on?: string;
                            onTime?: boolean;
                            replyBy?: string | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        nextRemedy?: string | null;
                        terms?: ({
                            basis?: string;
                            source?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        talon?: ({
                            acceptedAt?: string;
                            receivedBy?: string;
                            journal?: string | null;
                            entry?: string;
                            source?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        overdue?: string[];
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fileComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    subject: "decision" | "action" | "inaction";
                    learnedOn: string;
                    /**
                     * @default provider
                     * @enum {string}
                     */
                    reviewer?: "provider" | "quality-authority";
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        version?: number;
                        applicationId?: string | null;
                        providerId?: string;
                        subject?: string;
                        learnedOn?: string;
                        filedOn?: string;
                        fileBy?: string | null;
                        reviewer?: string;
                        status?: string;
                        reviewDue?: string;
                        forwardDue?: string | null;
                        decisions?: ({
                            reviewer?: string;
                            outcome?: string;
                            text?: string;
                            on?: string;
                            onTime?: boolean;
                            replyBy?: string | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        nextRemedy?: string | null;
                        terms?: ({
                            basis?: string;
                            source?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        talon?: ({
                            acceptedAt?: string;
                            receivedBy?: string;
                            journal?: string | null;
                            entry?: string;
                            source?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        overdue?: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                complaintId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        version?: number;
                        applicationId?: string | null;
                        providerId?: string;
                        subject?: string;
                        learnedOn?: string;
                        filedOn?: string;
                        fileBy?: string | null;
                        reviewer?: string;
                        status?: string;
                        reviewDue?: string;
                        forwardDue?: string | null;
                        decisions?: ({
                            reviewer?: string;
                            outcome?: string;
                            text?: string;
                            on?: string;
                            onTime?: boolean;
                            replyBy?: string | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        nextRemedy?: string | null;
                        terms?: ({
                            basis?: string;
                            source?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        talon?: ({
                            acceptedAt?: string;
                            receivedBy?: string;
                            journal?: string | null;
                            entry?: string;
                            source?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        overdue?: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listComplaints: {
        parameters: {
            query?: {
                status?: "under-review" | "to-forward" | "closed" | "decided";
                overdue?: "true" | "false";
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        id?: string;
                        version?: number;
                        applicationId?: string | null;
                        providerId?: string;
                        subject?: string;
                        learnedOn?: string;
                        filedOn?: string;
                        fileBy?: string | null;
                        reviewer?: string;
                        status?: string;
                        reviewDue?: string;
                        forwardDue?: string | null;
                        decisions?: ({
                            reviewer?: string;
                            outcome?: string;
                            text?: string;
                            on?: string;
                            onTime?: boolean;
                            replyBy?: string | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        nextRemedy?: string | null;
                        terms?: ({
                            basis?: string;
                            source?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        talon?: ({
                            acceptedAt?: string;
                            receivedBy?: string;
                            journal?: string | null;
                            entry?: string;
                            source?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        overdue?: string[];
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    extendComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                complaintId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    workingDays: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        version?: number;
                        applicationId?: string | null;
                        providerId?: string;
                        subject?: string;
                        learnedOn?: string;
                        filedOn?: string;
                        fileBy?: string | null;
                        reviewer?: string;
                        status?: string;
                        reviewDue?: string;
                        forwardDue?: string | null;
                        decisions?: ({
                            reviewer?: string;
                            outcome?: string;
                            text?: string;
                            on?: string;
                            onTime?: boolean;
                            replyBy?: string | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        nextRemedy?: string | null;
                        terms?: ({
                            basis?: string;
                            source?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        talon?: ({
                            acceptedAt?: string;
                            receivedBy?: string;
                            journal?: string | null;
                            entry?: string;
                            source?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        overdue?: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                complaintId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    outcome: "satisfied" | "partly-satisfied" | "rejected";
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        version?: number;
                        applicationId?: string | null;
                        providerId?: string;
                        subject?: string;
                        learnedOn?: string;
                        filedOn?: string;
                        fileBy?: string | null;
                        reviewer?: string;
                        status?: string;
                        reviewDue?: string;
                        forwardDue?: string | null;
                        decisions?: ({
                            reviewer?: string;
                            outcome?: string;
                            text?: string;
                            on?: string;
                            onTime?: boolean;
                            replyBy?: string | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        nextRemedy?: string | null;
                        terms?: ({
                            basis?: string;
                            source?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        talon?: ({
                            acceptedAt?: string;
                            receivedBy?: string;
                            journal?: string | null;
                            entry?: string;
                            source?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        overdue?: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    forwardComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                complaintId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        version?: number;
                        applicationId?: string | null;
                        providerId?: string;
                        subject?: string;
                        learnedOn?: string;
                        filedOn?: string;
                        fileBy?: string | null;
                        reviewer?: string;
                        status?: string;
                        reviewDue?: string;
                        forwardDue?: string | null;
                        decisions?: ({
                            reviewer?: string;
                            outcome?: string;
                            text?: string;
                            on?: string;
                            onTime?: boolean;
                            replyBy?: string | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        nextRemedy?: string | null;
                        terms?: ({
                            basis?: string;
                            source?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        talon?: ({
                            acceptedAt?: string;
                            receivedBy?: string;
                            journal?: string | null;
                            entry?: string;
                            source?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        overdue?: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFailureReports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        id?: string;
                        serviceId?: string;
                        serviceTitle?: string;
                        applicationId?: string | null;
                        permitNumber?: string | null;
                        iinBin?: string;
                        authorisedAt?: string;
                        failedAt?: string;
                        description?: string;
                        screenshots?: ({
                            name?: string;
                            mediaType?: string;
                            size?: number;
                            sha256?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        filedBy?: {
                            kind?: string;
                            id?: string;
                            providerId?: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                        createdAt?: string;
                        operatorAddress?: string;
                        /** @enum {string} */
                        status?: "received" | "sent" | "send-failed" | "closed";
                        sentAt?: string | null;
                        messageId?: string | null;
                        closedAt?: string | null;
                        answer?: string | null;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fileFailureReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    serviceId?: string | null;
                    applicationId?: string | null;
                    permitNumber?: string | null;
                    authorisedAt?: string | null;
                    failedAt?: string | null;
                    description?: string | null;
                    /** @default [] */
                    screenshots?: {
                        name: string;
                        content: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        serviceId?: string;
                        serviceTitle?: string;
                        applicationId?: string | null;
                        permitNumber?: string | null;
                        iinBin?: string;
                        authorisedAt?: string;
                        failedAt?: string;
                        description?: string;
                        screenshots?: ({
                            name?: string;
                            mediaType?: string;
                            size?: number;
                            sha256?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        filedBy?: {
                            kind?: string;
                            id?: string;
                            providerId?: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                        createdAt?: string;
                        operatorAddress?: string;
                        /** @enum {string} */
                        status?: "received" | "sent" | "send-failed" | "closed";
                        sentAt?: string | null;
                        messageId?: string | null;
                        closedAt?: string | null;
                        answer?: string | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFailureReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        serviceId?: string;
                        serviceTitle?: string;
                        applicationId?: string | null;
                        permitNumber?: string | null;
                        iinBin?: string;
                        authorisedAt?: string;
                        failedAt?: string;
                        description?: string;
                        screenshots?: ({
                            name?: string;
                            mediaType?: string;
                            size?: number;
                            sha256?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        filedBy?: {
                            kind?: string;
                            id?: string;
                            providerId?: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                        createdAt?: string;
                        operatorAddress?: string;
                        /** @enum {string} */
                        status?: "received" | "sent" | "send-failed" | "closed";
                        sentAt?: string | null;
                        messageId?: string | null;
                        closedAt?: string | null;
                        answer?: string | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProviderFailureReports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        id?: string;
                        serviceId?: string;
                        serviceTitle?: string;
                        applicationId?: string | null;
                        permitNumber?: string | null;
                        iinBin?: string;
                        authorisedAt?: string;
                        failedAt?: string;
                        description?: string;
                        screenshots?: ({
                            name?: string;
                            mediaType?: string;
                            size?: number;
                            sha256?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        filedBy?: {
                            kind?: string;
                            id?: string;
                            providerId?: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                        createdAt?: string;
                        operatorAddress?: string;
                        /** @enum {string} */
                        status?: "received" | "sent" | "send-failed" | "closed";
                        sentAt?: string | null;
                        messageId?: string | null;
                        closedAt?: string | null;
                        answer?: string | null;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fileFailureReportForApplicant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    serviceId?: string | null;
                    applicationId?: string | null;
                    permitNumber?: string | null;
                    authorisedAt?: string | null;
                    failedAt?: string | null;
                    description?: string | null;
                    /** @default [] */
                    screenshots?: {
                        name: string;
                        content: string;
                    }[];
                    iinBin?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        serviceId?: string;
                        serviceTitle?: string;
                        applicationId?: string | null;
                        permitNumber?: string | null;
                        iinBin?: string;
                        authorisedAt?: string;
                        failedAt?: string;
                        description?: string;
                        screenshots?: ({
                            name?: string;
                            mediaType?: string;
                            size?: number;
                            sha256?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        filedBy?: {
                            kind?: string;
                            id?: string;
                            providerId?: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                        createdAt?: string;
                        operatorAddress?: string;
                        /** @enum {string} */
                        status?: "received" | "sent" | "send-failed" | "closed";
                        sentAt?: string | null;
                        messageId?: string | null;
                        closedAt?: string | null;
                        answer?: string | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeFailureReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        serviceId?: string;
                        serviceTitle?: string;
                        applicationId?: string | null;
                        permitNumber?: string | null;
                        iinBin?: string;
                        authorisedAt?: string;
                        failedAt?: string;
                        description?: string;
                        screenshots?: ({
                            name?: string;
                            mediaType?: string;
                            size?: number;
                            sha256?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        filedBy?: {
                            kind?: string;
                            id?: string;
                            providerId?: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                        createdAt?: string;
                        operatorAddress?: string;
                        /** @enum {string} */
                        status?: "received" | "sent" | "send-failed" | "closed";
                        sentAt?: string | null;
                        messageId?: string | null;
                        closedAt?: string | null;
                        answer?: string | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRepresentatives: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        bin?: string;
                        iin?: string;
                        powers?: string[];
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putRepresentative: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                iin: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    powers: ("apply" | "sign" | "pay" | "receive-results")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bin?: string;
                        iin?: string;
                        powers?: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteRepresentative: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                iin: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    actFor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bin: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token?: string;
                        csrfToken?: string;
                        principal?: {
                            kind?: string;
                            id?: string;
                            type?: string;
                            name?: string;
                            login?: string;
                            role?: string;
                            providerId?: string;
                            workplace?: ({
                                kk?: string;
                                ru?: string;
                                en?: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOfficials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        login?: string;
                        name?: string;
                        role?: string;
                        providerId?: string;
                        unitId?: string | null;
                        disabled?: boolean;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putOfficial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                login: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    role: "office-clerk" | "head" | "unit-head" | "executor" | "commission" | "commission-secretary" | "state-corporation-operator" | "other" | "admin";
                    providerId?: string;
                    password: string;
                    unitId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        login?: string;
                        name?: string;
                        role?: string;
                        providerId?: string;
                        unitId?: string | null;
                        disabled?: boolean;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disableOfficial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                login: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        login?: string;
                        disabled?: boolean;
                        sessionsEnded?: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enableOfficial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                login: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        login?: string;
                        disabled?: boolean;
                        sessionsEnded?: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOverview: {
        parameters: {
            query?: {
                serviceId?: string;
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts of applications by service id, then by status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCatalogVersions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        serviceId?: string;
                        version?: number;
                        act?: string;
                        validFrom?: string;
                        validTo?: string | null;
                        validityEstimated?: boolean;
                        state?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    validateCatalogFile: {
        parameters: {
            query?: {
                file?: string;
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        valid?: boolean;
                        problems?: ({
                            file?: string;
                            path?: string;
                            message?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        services?: ({
                            serviceId?: string;
                            version?: number;
                            validFrom?: string;
                            validTo?: string | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPublications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        file?: string;
                        effectiveFrom?: string;
                        publishedBy?: string;
                        publishedAt?: string;
                        services?: ({
                            serviceId?: string;
                            version?: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishCatalogFile: {
        parameters: {
            query: {
                effectiveFrom: string;
                file?: string;
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        file?: string;
                        effectiveFrom?: string;
                        publishedBy?: string;
                        publishedAt?: string;
                        services?: ({
                            serviceId?: string;
                            version?: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        id?: string;
                        roles?: string[];
                        units?: ({
                            providerId?: string;
                            unitId?: string;
                            name?: {
                                kk?: string;
                                ru?: string;
                                en?: string;
                            } & {
                                [key: string]: unknown;
                            };
                            region?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProviderUnits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        providerId?: string;
                        unitId?: string;
                        name?: {
                            kk?: string;
                            ru?: string;
                            en?: string;
                        } & {
                            [key: string]: unknown;
                        };
                        region?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listServiceUnits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        providerId?: string;
                        unitId?: string;
                        name?: {
                            kk?: string;
                            ru?: string;
                            en?: string;
                        } & {
                            [key: string]: unknown;
                        };
                        region?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: {
                        kk: string;
                        ru: string;
                        en: string;
                    };
                    region: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        providerId?: string;
                        unitId?: string;
                        name?: {
                            kk?: string;
                            ru?: string;
                            en?: string;
                        } & {
                            [key: string]: unknown;
                        };
                        region?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        settings?: {
                            attachmentMaxBytes?: number;
                            attachmentMaxCount?: number;
                            attachmentMaxTotalBytes?: number;
                            publicBaseUrl?: string;
                        } & {
                            [key: string]: unknown;
                        };
                        defaults?: {
                            attachmentMaxBytes?: number;
                            attachmentMaxCount?: number;
                            attachmentMaxTotalBytes?: number;
                            publicBaseUrl?: string;
                        } & {
                            [key: string]: unknown;
                        };
                        changed?: ({
                            key?: string;
                            by?: string;
                            at?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attachmentMaxBytes?: number;
                    attachmentMaxCount?: number;
                    attachmentMaxTotalBytes?: number;
                    publicBaseUrl?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        settings?: {
                            attachmentMaxBytes?: number;
                            attachmentMaxCount?: number;
                            attachmentMaxTotalBytes?: number;
                            publicBaseUrl?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAccessLog: {
        parameters: {
            query?: {
                subject?: string;
                actor?: string;
                applicationId?: string;
                from?: string;
                to?: string;
                limit?: number;
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        id?: number;
                        at?: string;
                        readerKind?: string;
                        readerId?: string;
                        subjectId?: string | null;
                        what?: string;
                        applicationId?: string | null;
                        route?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importPermit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    originalNumber: string;
                    holderId: string;
                    serviceId: string;
                    /** @enum {string} */
                    kind: "license" | "certificate" | "attestat" | "conclusion" | "registration" | "notification-acceptance" | "other";
                    /** @default null */
                    subtype?: string | null;
                    issuedAt: string;
                    source: {
                        issuer: string;
                        reference: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        number?: string;
                        originalNumber?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIndicators: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                serviceId?: string;
                providerId?: string;
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        filter?: {
                            from?: string;
                            to?: string;
                            now?: string;
                            providerId?: string | null;
                            serviceId?: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                        totals?: {
                            [key: string]: unknown;
                        };
                        providers?: ({
                            providerId?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        services?: ({
                            serviceId?: string;
                            providerId?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        steps?: ({
                            serviceId?: string;
                            stepId?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        refusals?: ({
                            serviceId?: string;
                            groundId?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        visits?: ({
                            providerId?: string;
                            serviceId?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyPermit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        number?: string;
                        holder?: string;
                        holderKind?: string;
                        serviceId?: string;
                        kind?: string;
                        issuedAt?: string;
                        status?: string;
                        appendices?: ({
                            number?: string;
                            status?: string;
                            issuedAt?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        history?: ({
                            at?: string;
                            action?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        documents?: {
                            [key: string]: unknown;
                        }[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listHolderPermits: {
        parameters: {
            query: {
                holder: string;
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        number?: string;
                        holder?: string;
                        holderKind?: string;
                        serviceId?: string;
                        kind?: string;
                        issuedAt?: string;
                        status?: string;
                        appendices?: ({
                            number?: string;
                            status?: string;
                            issuedAt?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        history?: ({
                            at?: string;
                            action?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyPermitByLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        number?: string;
                        holder?: string;
                        holderKind?: string;
                        serviceId?: string;
                        kind?: string;
                        issuedAt?: string;
                        status?: string;
                        appendices?: ({
                            number?: string;
                            status?: string;
                            issuedAt?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        history?: ({
                            at?: string;
                            action?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        documents?: {
                            [key: string]: unknown;
                        }[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    paymentCallback: {
        parameters: {
            query?: never;
            header: {
                "x-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applied?: boolean;
                        code?: string;
                        applicationId?: string;
                        status?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) with a stable `code` */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
