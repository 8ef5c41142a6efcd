/**
 * GENERATED from the server's OpenAPI document by `npm run openapi:types` (openapi-typescript).
 * Do not edit: change the server's schemas and regenerate. A test fails when this file is out of date.
 */
export type paths = {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the process and its database answer (503 when the database does not)
         * @description Access: public (no sign-in).
         */
        get: operations["system.health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: 200 when requests can be served, 503 while the database does not answer
         * @description Access: public (no sign-in).
         */
        get: operations["system.ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process answers (whatever its database does)
         * @description Access: public (no sign-in).
         */
        get: operations["system.live"];
        put?: never;
        post?: never;
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
        /**
         * Sign in; sets the session cookie
         * @description Access: public (no sign-in).
         */
        post: operations["auth.login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user and the CSRF token, or authenticated=false
         * @description Access: public (no sign-in).
         */
        get: operations["auth.session"];
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
        /**
         * Sign out and end the session
         * @description Access: any signed-in user.
         */
        post: operations["auth.logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password
         * @description Access: any signed-in user.
         */
        post: operations["auth.changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set your language
         * @description Access: any signed-in user.
         */
        put: operations["auth.setPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The password rules in force
         * @description Access: public (no sign-in).
         */
        get: operations["auth.passwordPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Second step of a sign-in: the authenticator code (or a recovery code); sets the session cookie
         * @description Access: public (no sign-in).
         */
        post: operations["auth.loginSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether your two-factor sign-in is set up and required
         * @description Access: any signed-in user.
         */
        get: operations["auth.secondFactorStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start setting up an authenticator app: a new secret and its QR code
         * @description Access: any signed-in user.
         */
        post: operations["auth.startSecondFactorEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/enrolment/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the set-up with a code from the app; returns the recovery codes this once
         * @description Access: any signed-in user.
         */
        post: operations["auth.confirmSecondFactorEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pass the second factor again (sensitive actions need it within 15 minutes)
         * @description Access: any signed-in user.
         */
        post: operations["auth.verifySecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/second-factor/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a user's second factor (e.g. a lost phone) and end their sessions; they set it up again
         * @description Access: signed-in users with the role admin; record-level rules (own member only) may refuse more.
         */
        post: operations["users.resetSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/locks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sign-in locks in force: per username and address, per username, per address
         * @description Access: signed-in users with the role admin; record-level rules (own member only) may refuse more.
         */
        get: operations["auth.listLocks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/locks/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lift one sign-in lock now
         * @description Access: signed-in users with the role admin; record-level rules (own member only) may refuse more.
         */
        post: operations["auth.liftLock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the user import template (.xlsx): username, display name, e-mail, roles
         * @description Access: signed-in users with the role admin; record-level rules (own member only) may refuse more.
         */
        get: operations["users.importTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create up to 200 accounts from an .xlsx sent as the raw body (username, display name, e-mail, roles such as "liaison:320000; editor:320000:<body>"). All or nothing: any error is a 400 users.import.invalid_rows naming each row and column (details.errors has both languages). Answers an .xlsx of the new accounts with their one-time passwords, shown only this once (x-imported-users: how many; x-emailed-users: how many get theirs by e-mail instead, marked in the sheet).
         * @description Access: signed-in users with the role admin; record-level rules (own member only) may refuse more.
         */
        post: operations["users.import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Access: signed-in users with the role admin; record-level rules (own member only) may refuse more.
         */
        get: operations["users.list"];
        put?: never;
        /**
         * Create a user; the one-time password is returned once
         * @description Access: signed-in users with the role admin; record-level rules (own member only) may refuse more.
         */
        post: operations["users.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The user list (same filters as GET /api/v1/users, every page) as .xlsx with each account's roles: bilingual headers, an About sheet with who, when and which filters
         * @description Access: signed-in users with the role admin; record-level rules (own member only) may refuse more.
         */
        get: operations["users.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One user
         * @description Access: signed-in users with the role admin; record-level rules (own member only) may refuse more.
         */
        get: operations["users.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change name, e-mail or status (needs the current version)
         * @description Access: signed-in users with the role admin; record-level rules (own member only) may refuse more.
         */
        patch: operations["users.update"];
        trace?: never;
    };
    "/api/v1/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant a role
         * @description Access: signed-in users with the role admin; record-level rules (own member only) may refuse more.
         */
        post: operations["users.grantRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/roles/{grantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a role; effective on the user's next request
         * @description Access: signed-in users with the role admin; record-level rules (own member only) may refuse more.
         */
        delete: operations["users.revokeRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a new one-time password and end the user’s sessions
         * @description Access: signed-in users with the role admin; record-level rules (own member only) may refuse more.
         */
        post: operations["users.resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lift a sign-in lockout
         * @description Access: signed-in users with the role admin; record-level rules (own member only) may refuse more.
         */
        post: operations["users.unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/region": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The region and how many members, cities and bodies it has
         * @description Access: public (no sign-in).
         */
        get: operations["region.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members (province-level)
         * @description Access: public (no sign-in).
         */
        get: operations["region.listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One member with its cities
         * @description Access: public (no sign-in).
         */
        get: operations["region.getMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prefecture-level cities; names are not unique, codes are
         * @description Access: public (no sign-in).
         */
        get: operations["region.listCities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cities/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One city
         * @description Access: public (no sign-in).
         */
        get: operations["region.getCity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bodies of the three tiers, departments and observers
         * @description Access: public (no sign-in).
         */
        get: operations["region.listBodies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bodies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One body
         * @description Access: public (no sign-in).
         */
        get: operations["region.getBody"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit events, newest first
         * @description Access: signed-in users with the role admin, office, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["audit.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit list (same filters as GET /api/v1/audit-events, every page) as .xlsx, personal data only for administrators: bilingual headers, an About sheet with who, when and which filters
         * @description Access: signed-in users with the role admin, office, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["audit.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plans, newest period first
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["plans.list"];
        put?: never;
        /**
         * Create a plan (draft)
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["plans.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The plan list (same filters as GET /api/v1/plans, every page) as .xlsx: bilingual headers, an About sheet with who, when and which filters
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["plans.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A plan with its lifecycle history and task counts
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["plans.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a plan (needs the current version)
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        patch: operations["plans.update"];
        trace?: never;
    };
    "/api/v1/plans/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a plan along its lifecycle (draft → adopted in principle → adopted → in force → closed); illegal steps get 409
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["plans.transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}/annual-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Derive an annual work plan from a three-year plan
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["plans.createAnnualPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}/baseline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The frozen baseline of a plan beside its tasks today
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["plans.baseline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/focus-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The focus areas (a tree by parentId)
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["plans.listFocusAreas"];
        put?: never;
        /**
         * Add a focus area or sub-area (code 1.2 goes under 1)
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["plans.createFocusArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/focus-areas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a focus area
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        patch: operations["plans.updateFocusArea"];
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tasks with filters (plan, area incl. sub-areas, member as lead/participant, status, flag, overdue, text in Chinese or English)
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["tasks.list"];
        put?: never;
        /**
         * Create a task; the lead and each participant get a share
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["tasks.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A task with shares, milestones, plans and open flags
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["tasks.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a task (needs the current version)
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        patch: operations["tasks.update"];
        trace?: never;
    };
    "/api/v1/tasks/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The task's audit history: every change to it, its shares, milestones and reports
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["tasks.history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a participating member
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["tasks.addShare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/shares/{shareId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a participating member (only while it has no reports)
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        delete: operations["tasks.removeShare"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shares/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a member's share: status, percent, notes, owner body (own member); due date and weight (Office). Needs the current version.
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        patch: operations["tasks.updateShare"];
        trace?: never;
    };
    "/api/v1/tasks/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a milestone
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["tasks.addMilestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/milestones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a milestone (Office) or mark it done (Office or the lead member)
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        patch: operations["tasks.updateMilestone"];
        trace?: never;
    };
    "/api/v1/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your saved list views
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["tasks.listSavedViews"];
        put?: never;
        /**
         * Save the current filters under a name
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        post: operations["tasks.createSavedView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete one of your saved views
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        delete: operations["tasks.deleteSavedView"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/excel/tasks-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the plan's task import template (.xlsx): bilingual headers, dropdowns for members, areas, priorities and bodies, an instructions sheet
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        get: operations["excel.taskTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/excel/tasks-import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import tasks from an .xlsx sent as the raw body. All or nothing by default (400 excel.invalid_rows listing every error); mode=valid_rows_only imports the valid rows; dryRun=true only validates. Files above the background threshold (rows counted roughly, without parsing) are stored and queued as a job, parsed and checked by the worker: 202 with an import id and the estimated row count; the status gives the exact count once read.
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["excel.importTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/excel/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * State and progress of a background import, and its result when finished
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        get: operations["excel.importStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/excel/tasks-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the filtered task list (same filters as GET /api/v1/tasks, every page, at most 100000 rows) to .xlsx, with a note of when, by whom, which filters and from where
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["excel.exportTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shares/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File a progress report on your member's share for a period of the home plan's cadence (one open report per share and period)
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        post: operations["reports.file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept (the share takes the report's percent and status) or return (with a comment) a submitted report; needs the current version
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["reports.review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/review-batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Review several submitted reports at once (e.g. accept a screenful from the to-do queue), each naming its version; all or nothing — one refused item refuses the batch, naming it (items/<n>/…); a return still needs its own comment
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["reports.reviewBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/revise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revise a returned report: a new revision is submitted (with the evidence carried over); the returned one stays in the history
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        post: operations["reports.revise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Progress reports, newest first, with filters
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["reports.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The report list (same filters as GET /api/v1/reports, e.g. the review queue or one task's reports; every page) as .xlsx: bilingual headers, an About sheet with who, when and which filters
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["reports.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One report with its text and evidence
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["reports.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The task's report timeline: every revision, newest first, with evidence
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["reports.listForTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach one evidence file (multipart/form-data, field "file"; pdf, png, jpeg, docx, xlsx, doc, xls, txt, csv; at most 20 MiB, 10 per report) to an open report
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        post: operations["reports.addEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an evidence file (as an attachment, never rendered inline)
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["reports.downloadEvidence"];
        put?: never;
        post?: never;
        /**
         * Remove an evidence file from an open report of your member
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        delete: operations["reports.deleteEvidence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my-work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the signed-in user should do next, in totals: open shares (by status, overdue, report due), returned reports, the review queue, flags; each section's rows come from its own paged list (/api/v1/my-work/…)
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["reports.myWork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my-work/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My work: the open shares of the user's member (or body), by due date, with the report due this period; paged
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["reports.myWorkShares"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my-work/returned-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My work: returned reports of the user's member waiting for their revision, oldest return first; paged
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["reports.myWorkReturnedReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my-work/awaiting-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My work (the Office): reports waiting for review, oldest first; paged
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["reports.myWorkAwaitingReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my-work/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My work: open flags, red first — the member's own for liaisons and editors, the red ones for the Office; paged
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["reports.myWorkFlags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the supervision scan now: raise, resolve and escalate flags; returns the counts
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["supervision.scan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Focus area × member: tasks with red / yellow / no flags, colour per cell, and the filters to open them
         * @description Access: signed-in users with the role office, observer, liaison, editor; record-level rules (own member only) may refuse more.
         */
        get: operations["supervision.board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Supervision flags, newest first (open ones unless open=false)
         * @description Access: signed-in users with the role office, observer, liaison, editor; record-level rules (own member only) may refuse more.
         */
        get: operations["supervision.listFlags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your notifications, unread first, newest first, in your language
         * @description Access: any signed-in user.
         */
        get: operations["notifications.inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one of your notifications read
         * @description Access: any signed-in user.
         */
        post: operations["notifications.markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all your notifications read
         * @description Access: any signed-in user.
         */
        post: operations["notifications.markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your e-mail choices: which notice kinds go by e-mail, and whether as one daily digest
         * @description Access: any signed-in user.
         */
        get: operations["notifications.getPreferences"];
        /**
         * Change your e-mail choices (needs the version read, 0 before the first save); the inbox always gets every notice
         * @description Access: any signed-in user.
         */
        put: operations["notifications.setPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook endpoints (secrets are never shown again) and the events they may subscribe to
         * @description Access: signed-in users with the role admin, office; record-level rules (own member only) may refuse more.
         */
        get: operations["notifications.listWebhooks"];
        put?: never;
        /**
         * Add an endpoint; its signing secret is generated and shown in this answer only
         * @description Access: signed-in users with the role admin, office; record-level rules (own member only) may refuse more.
         */
        post: operations["notifications.createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an endpoint and its delivery log
         * @description Access: signed-in users with the role admin, office; record-level rules (own member only) may refuse more.
         */
        delete: operations["notifications.deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change an endpoint (needs the current version)
         * @description Access: signed-in users with the role admin, office; record-level rules (own member only) may refuse more.
         */
        patch: operations["notifications.updateWebhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An endpoint's deliveries, newest first, with status and last error
         * @description Access: signed-in users with the role admin, office; record-level rules (own member only) may refuse more.
         */
        get: operations["notifications.listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Background jobs, newest first (failed ones show their last error)
         * @description Access: signed-in users with the role admin; record-level rules (own member only) may refuse more.
         */
        get: operations["jobs.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a failed job again, with a fresh set of attempts
         * @description Access: signed-in users with the role admin; record-level rules (own member only) may refuse more.
         */
        post: operations["jobs.retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Meetings in date order (oldest first for the calendar, newest first with order=desc), optionally within [from, to), of one type and tier; cursor-paged
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["meetings.list"];
        put?: never;
        /**
         * Create a meeting with its participants and agenda (a parallel session or site visit names its main meeting)
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["meetings.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The meeting list (same filters and order as GET /api/v1/meetings, every page, at most 50000 rows) as .xlsx, with an About sheet
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["meetings.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A meeting with participants, agenda, sessions, every minutes version with approvals, and decisions
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["meetings.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a meeting (facts, status, participants, agenda), naming the version read; 409 with the current version when someone else was first
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        patch: operations["meetings.update"];
        trace?: never;
    };
    "/api/v1/meetings/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draft a new version of the minutes (earlier versions are kept)
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["meetings.draftMinutes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/minutes/verdicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A member's liaison approves the current minutes or requests a change (with a comment), for its own member only
         * @description Access: signed-in users with the role liaison; record-level rules (own member only) may refuse more.
         */
        post: operations["meetings.minutesVerdict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/minutes/finalise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finalise the minutes once every participating member approved them
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["meetings.finaliseMinutes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/host-rotation/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The proposed next host of the annual symposium, from the rotation order and the last host
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["meetings.nextHost"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a decision of the meeting and apply its effects (adopt a plan, approve an agreement, resolve a matter, fix the next host, create tasks) in one transaction
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["decisions.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Decisions, newest first, with filters (year, implemented, meeting); cursor-paged; with the rule of "implemented"
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["decisions.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The decision list (same filters and order as GET /api/v1/decisions, every page, at most 50000 rows) as .xlsx, with an About sheet
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["decisions.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A decision with what it produced and its implementation rolled up from its tasks
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["decisions.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Major matters, newest first; cursor-paged
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["matters.list"];
        put?: never;
        /**
         * Raise a major matter (a liaison for its own member; the Office for a member or working group)
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        post: operations["matters.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The major-matter list (same filters and order as GET /api/v1/matters, every page, at most 50000 rows) as .xlsx, with an About sheet
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["matters.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open major matters by tier, oldest first, with their age
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["matters.board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A major matter with its members and timeline
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["matters.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}/tier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Escalate (up) or de-escalate (down) a matter with a reason; a liaison escalates only matters its member is party to
         * @description Access: signed-in users with the role office, liaison; record-level rules (own member only) may refuse more.
         */
        post: operations["matters.escalate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}/coordination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The Office records a coordination step on the timeline
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["matters.recordCoordination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an open matter, with a reason: the liaison of the member that raised it, or the Office
         * @description Access: signed-in users with the role office, liaison; record-level rules (own member only) may refuse more.
         */
        post: operations["matters.withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Agreements, newest first; cursor-paged
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["agreements.list"];
        put?: never;
        /**
         * Record an agreement: two or more parties, clauses each linked to the tasks that carry them out
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["agreements.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agreement list (same filters and order as GET /api/v1/agreements, every page, at most 50000 rows) as .xlsx, with an About sheet
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["agreements.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An agreement with its parties and clauses (with the state of their tasks)
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["agreements.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an agreement: draft → signed → in force → expired; any live one may be terminated
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["agreements.transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/published.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * iCalendar feed of published meetings (region time zone)
         * @description Access: public (no sign-in).
         */
        get: operations["calendar.publishedFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/feeds/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's iCalendar feed; the secret token in the address is the credential
         * @description Access: public (no sign-in).
         */
        get: operations["calendar.userFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a new secret address for my calendar feed (the old one stops working)
         * @description Access: any signed-in user.
         */
        post: operations["calendar.rotateToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The documents of a meeting, oldest first
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["documents.listForMeeting"];
        put?: never;
        /**
         * Attach a document to a meeting (multipart/form-data: field "file", optional "titleZh", "titleEn"; pdf, png, jpg, jpeg, docx, xlsx, doc, xls, txt, csv; at most 20 MiB, 50 per meeting)
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["documents.attachToMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The documents of a agreement, oldest first
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["documents.listForAgreement"];
        put?: never;
        /**
         * Attach a document to a agreement (multipart/form-data: field "file", optional "titleZh", "titleEn"; pdf, png, jpg, jpeg, docx, xlsx, doc, xls, txt, csv; at most 20 MiB, 50 per agreement)
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["documents.attachToAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The documents of a project, oldest first
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["documents.listForProject"];
        put?: never;
        /**
         * Attach a document to a project (multipart/form-data: field "file", optional "titleZh", "titleEn"; pdf, png, jpg, jpeg, docx, xlsx, doc, xls, txt, csv; at most 20 MiB, 50 per project)
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        post: operations["documents.attachToProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a document (as an attachment, never rendered inline)
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["documents.download"];
        put?: never;
        post?: never;
        /**
         * Remove a document from its meeting, agreement or project (meetings and agreements: the Office; projects: also the lead member's liaisons and editors)
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        delete: operations["documents.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Indicators (active and retired), by focus area and code
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["indicators.list"];
        put?: never;
        /**
         * Define an indicator: code, names, unit and value kind, focus area, direction, level, frequency, source
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["indicators.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An indicator with its targets
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["indicators.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change what describes an indicator (code, level and frequency stay); needs the current version
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        patch: operations["indicators.update"];
        trace?: never;
    };
    "/api/v1/indicators/{code}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire an indicator: its history stays readable, it takes no new observations
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["indicators.retire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{code}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace an indicator's targets (per scope and year, optionally tied to a plan)
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        put: operations["indicators.setTargets"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{code}/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Values over time per scope (latest, or as first published) with the targets
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["indicators.series"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{code}/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A city-level indicator's value per city for a year (monthly/quarterly: the year's last period with a value)
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["indicators.map"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Observations, newest period first; filter by indicator code, scope, member, year, status; cursor-paged
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["indicators.listObservations"];
        put?: never;
        /**
         * Enter a value (the Office any; a liaison or editor their own member's and its cities'); an existing one is corrected with PATCH
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        post: operations["indicators.createObservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/observations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An observation with its revisions (revision 1 = as first published)
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["indicators.getObservation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a value: adds a revision with the reason (a final value becomes provisional again); needs the current version
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        patch: operations["indicators.updateObservation"];
        trace?: never;
    };
    "/api/v1/observations/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The Office confirms a provisional value as final
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["indicators.confirmObservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Observation import template (.xlsx) for these indicators: indicatorCode, scopeCode, period, value, source, note, with an instructions sheet
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["indicators.observationsTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import observations from an .xlsx (the raw file as the body): the Office any member's, a liaison or editor their own; all or nothing, every row error named (row, column) in both languages. Files above the background threshold (YRD_EXCEL_ASYNC_ROWS; rows counted roughly, without parsing) are stored and queued as a job, read and checked by the worker: 202 with an import id and the estimated row count; the status gives the exact count once read.
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        post: operations["indicators.importObservations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * State and progress of a background observation import (its uploader or the Office), and its result or row errors when finished
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        get: operations["indicators.observationImportStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/todo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your to-do queue (待办): reports due or returned for your shares, reports to review, minutes to approve or finalise, matters past their deadline, open flags — most urgent first, each linking to the exact item, with counts per kind (the menu badge); ?kind= pages through one kind
         * @description Access: any signed-in user.
         */
        get: operations["todo.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/todo/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What you acted on (已办), newest first, from the audit trail; cursor-paged
         * @description Access: any signed-in user.
         */
        get: operations["todo.listDone"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The year's headline figures (tasks, reports, matters, decisions), progress by focus area and by member; each figure with the list that shows its records and the rule it counts by
         * @description Access: signed-in users with the role office, observer, liaison, editor; record-level rules (own member only) may refuse more.
         */
        get: operations["dashboard.summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/index-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Composite index methods (e.g. the integration index) with their current published version
         * @description Access: signed-in users with the role office, observer, liaison, editor; record-level rules (own member only) may refuse more.
         */
        get: operations["compositeIndex.listIndexMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/index-methods/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A method: every version (spec and explanation in both languages), newest first, and the current one
         * @description Access: signed-in users with the role office, observer, liaison, editor; record-level rules (own member only) may refuse more.
         */
        get: operations["compositeIndex.getIndexMethod"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/index-methods/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new draft version (the first creates the method); weights > 0, indicator codes that exist, unique dimension codes
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["compositeIndex.createVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/index-methods/{code}/versions/{version}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft: it is fixed from now on and its values are computed in the background
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["compositeIndex.publishVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/index-methods/{code}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Index values per scope and year (current version unless ?version=); with ?include=components each also has its dimensions, indicators and the observations behind them
         * @description Access: signed-in users with the role office, observer, liaison, editor; record-level rules (own member only) may refuse more.
         */
        get: operations["compositeIndex.indexMethodValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/index-methods/{code}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recomputations of the method, newest first; cursor-paged
         * @description Access: signed-in users with the role office, observer, liaison, editor; record-level rules (own member only) may refuse more.
         */
        get: operations["compositeIndex.indexMethodRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/index-methods/{code}/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recompute the method's published versions now, in the background
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["compositeIndex.recomputeIndexMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API tokens, newest first, with their state and last use (never the secret)
         * @description Access: signed-in users with the role admin; record-level rules (own member only) may refuse more.
         */
        get: operations["tokens.list"];
        put?: never;
        /**
         * Issue an API token for one member (optionally only some indicators), expiring within two years; the secret is in this answer only
         * @description Access: signed-in users with the role admin; record-level rules (own member only) may refuse more.
         */
        post: operations["tokens.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an API token: its next request is refused (401)
         * @description Access: signed-in users with the role admin; record-level rules (own member only) may refuse more.
         */
        post: operations["tokens.revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/observations/push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push observations with an API token (Authorization: Bearer yrd_pat_…): up to 10000 items for the token's member and its cities, all or nothing, idempotent
         * @description Access: an API token (Authorization: Bearer), for the token's member and indicators only; no session.
         */
        post: operations["tokens.pushObservations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find tasks, plans, meetings, decisions, agreements, matters and documents by a part of their title (Chinese or English) or code; only kinds the caller may read
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["search.search"];
        put?: never;
        post?: never;
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
        /**
         * The shared public services catalogue, by category and code; filters: category, text, a member’s availability status
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["services.list"];
        put?: never;
        /**
         * Add a service to the catalogue (the Office); each responsible body must belong to the member it is named for
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["services.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service × member at a glance: each member’s availability status, channels and coverage, and each service’s usage over the last 12 months
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["services.matrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The catalogue (with the same filters as the list) as .xlsx: a column per member for availability and responsible body
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["services.exportCatalogue"];
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
        /**
         * A service with its responsible bodies, availability per member and declared usage indicators
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["services.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change what describes a service (the Office); names the version read (409 when someone else was first)
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        patch: operations["services.update"];
        trace?: never;
    };
    "/api/v1/services/{id}/availability/{memberCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a member’s availability of the service: the Office any member’s, a liaison or editor their own. A change names the version read; each change is kept in the history
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        put: operations["services.putAvailability"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{id}/availability/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change of the service’s availability (append-only), newest first; optionally of one member
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["services.availabilityHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The usage rows (origin member × destination member × month) of a service over a range of months
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["services.usageRows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{id}/usage/{origin}/{destination}/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set one usage count. The origin member owns the row: a liaison or editor writes rows whose origin is their member, the Office any. A change names the version read
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        put: operations["services.putUsage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{id}/usage/matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Origin → destination sums over a range of months, with totals per origin, per destination and overall (sums of the same rows)
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["services.usageMatrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{id}/usage/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Monthly usage of a service: the total and each origin member’s part
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["services.usageTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{id}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare a usage series (by origin member, by destination member, or the regional total) as a monthly indicator (the Office): created or linked through the indicators module, its observations written there; again: re-written
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["services.declareIndicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/usage/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Usage import template (.xlsx): serviceCode, originMemberCode, destinationMemberCode, month, count, with instructions
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["services.usageTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/usage/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import usage from an .xlsx (the raw file as the body), synchronously: the Office any rows, a liaison or editor rows whose origin is their member; all or nothing, every row error named (row, column) in both languages
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        post: operations["services.importUsage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The joint risk register in code order, filtered by area, status, owner member or text; cursor-paged
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["risks.list"];
        put?: never;
        /**
         * Register a risk (the Office; a member's liaison or editor with their member among the owners)
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        post: operations["risks.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risks/heatmap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Risks per likelihood × impact cell (5×5), with the same filters as the register
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["risks.heatmap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risks/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The register (same filters and order as GET /api/v1/risks, every page, at most 50000 rows) as .xlsx, with an About sheet
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["risks.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A risk with its measures, triggers (and their state per scope), alerts and assessment history
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["risks.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a risk (the Office or its owner members); names the version read (409 when someone else was first)
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        patch: operations["risks.update"];
        trace?: never;
    };
    "/api/v1/risks/{id}/triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a threshold on an indicator: an alert when the latest N periods in a scope all cross it
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        post: operations["risks.addTrigger"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risks/{id}/triggers/{triggerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a trigger (kept with its alerts, no longer evaluated); answers the risk
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        delete: operations["risks.removeTrigger"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Publications (disclosure register), most recently changed first; cursor-paged
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        get: operations["publications.list"];
        put?: never;
        /**
         * Propose a record for publication at a disclosure level (a new draft)
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["publications.propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A publication: its frozen snapshot (or a draft's preview) and the history of its steps
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        get: operations["publications.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publications/{id}/disclosure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a draft's disclosure level: internal, inter-government or public
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["publications.setDisclosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publications/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A step: draft → approved (freezes the public text) → published → withdrawn; approved → draft reopens
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["publications.transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public portal's home page: the latest published items (HTML)
         * @description Access: public (no sign-in).
         */
        get: operations["portal.home"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest published annual results report: its narratives, headline figures and counts (HTML)
         * @description Access: public (no sign-in).
         */
        get: operations["portal.results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/{section}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A portal section: plans and progress, meetings and decisions, agreements, indicators, the registers (services, projects, risks) (HTML)
         * @description Access: public (no sign-in).
         */
        get: operations["portal.section"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One published record as approved (HTML); 404 when not published or withdrawn
         * @description Access: public (no sign-in).
         */
        get: operations["portal.record"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/en": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public portal's home page: the latest published items (HTML) (English)
         * @description Access: public (no sign-in).
         */
        get: operations["portal.homeEn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/en/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest published annual results report: its narratives, headline figures and counts (HTML) (English)
         * @description Access: public (no sign-in).
         */
        get: operations["portal.resultsEn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/en/{section}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A portal section: plans and progress, meetings and decisions, agreements, indicators, the registers (services, projects, risks) (HTML) (English)
         * @description Access: public (no sign-in).
         */
        get: operations["portal.sectionEn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/en/records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One published record as approved (HTML); 404 when not published or withdrawn (English)
         * @description Access: public (no sign-in).
         */
        get: operations["portal.recordEn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/portal.css": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The portal's stylesheet
         * @description Access: public (no sign-in).
         */
        get: operations["portal.stylesheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Atom feed of newly published items
         * @description Access: public (no sign-in).
         */
        get: operations["portal.feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/sitemap.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sitemap of the portal's pages, both languages, each naming the other (hreflang)
         * @description Access: public (no sign-in).
         */
        get: operations["portal.sitemap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Key projects, newest first; filters: type, phase, member involved, location city; each with its progress and the rule behind it
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["projects.list"];
        put?: never;
        /**
         * Record a key project (the Office, or a liaison or editor of its lead member); cities must belong to its members, linked tasks and agreements must exist
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        post: operations["projects.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Projects on the city map: per location city the count by phase and the first 20 projects; totals by phase; how many have no location
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["projects.map"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project list (same filters and order as GET /api/v1/projects, every page, at most 50000 rows) as .xlsx, with investment, progress and its rule, and an About sheet
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["projects.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A key project with members’ investment, milestones, linked tasks and agreements, open flags and its progress with the rule
         * @description Access: signed-in users with the role office, liaison, editor, observer; record-level rules (own member only) may refuse more.
         */
        get: operations["projects.get"];
        /**
         * Replace a project’s description (the Office, or a liaison or editor of its lead member); names the version read (409 when someone else was first)
         * @description Access: signed-in users with the role office, liaison, editor; record-level rules (own member only) may refuse more.
         */
        put: operations["projects.update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/print-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Print a record as an A4 PDF (meeting minutes, a decision, a task's record, a supervision sheet, a matter's timeline), or make a results report (annual, quarterly, a member's) as PDF or Word: checks that you may read it, then queues a background job; 202 with its id. Poll the status, then download the file.
         * @description Access: any signed-in user.
         */
        post: operations["printing.requestPrint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/print-jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * State and progress of your print job; the error (code and message) when it failed
         * @description Access: any signed-in user.
         */
        get: operations["printing.printStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/print-jobs/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The file of your finished print job: PDF or Word, as asked (409 while it is still being made)
         * @description Access: any signed-in user.
         */
        get: operations["printing.printFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/print-jobs/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The file of your finished print job (the older address of /file, kept for PDF clients)
         * @description Access: any signed-in user.
         */
        get: operations["printing.printPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A results report computed now from the records: the annual report (what the results conference presents), the quarterly bulletin, or a member's annual report. Every figure names the records behind it (the appendix, and the list that shows them).
         * @description Access: signed-in users with the role office, observer, liaison, editor; record-level rules (own member only) may refuse more.
         */
        get: operations["results.report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results-reports/edition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The report's edition: the Office's narratives (foreword, outlook) in both languages, its version, and when it was published
         * @description Access: signed-in users with the role office, observer, liaison, editor; record-level rules (own member only) may refuse more.
         */
        get: operations["results.edition"];
        /**
         * Save the narratives (the Office): version 0 creates the edition; a stale version is a 409
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        put: operations["results.saveEdition"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results-reports/edition/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the report (the Office): both languages are frozen as they stand now; the portal shows the latest published annual report
         * @description Access: signed-in users with the role office; record-level rules (own member only) may refuse more.
         */
        post: operations["results.publishEdition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /** Error */
        Error: {
            error: {
                /** @description Stable code, e.g. users.not_found */
                code: string;
                /** @description In the user's language */
                message: string;
                fields?: {
                    field: string;
                    rule: string;
                    message: string;
                }[];
                details?: {
                    [key: string]: unknown;
                };
            };
        };
    };
    responses: {
        /** @description Invalid request: `error.fields` names each field and the rule it broke (code common.validation or the module’s own). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not signed in, or the session ended (common.unauthenticated). */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Refused: the role does not allow it, the record belongs to another member, the password must be changed first, or the CSRF token or origin is wrong. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such record (or one this user may not see). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Conflict: the record changed since it was read (`details.currentVersion`), or its state does not allow this step. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The file is larger than allowed. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Any other refusal, in the same shape. */
        OtherClientError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Server error, in the same shape. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    "system.health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Readiness: the process and its database answer (503 when the database does not) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: "ok" | "unavailable";
                        database: "ok" | "unreachable";
                        time: string;
                    };
                };
            };
            /** @description The requested data. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: "ok" | "unavailable";
                        database: "ok" | "unreachable";
                        time: string;
                    };
                };
            };
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "system.ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Readiness: 200 when requests can be served, 503 while the database does not answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: "ok" | "unavailable";
                        database: "ok" | "unreachable";
                        time: string;
                    };
                };
            };
            /** @description The requested data. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: "ok" | "unavailable";
                        database: "ok" | "unreachable";
                        time: string;
                    };
                };
            };
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "system.live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Liveness: the process answers (whatever its database does) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        time: string;
                    };
                };
            };
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "auth.login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authenticated: boolean;
                        user?: {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            locale: "zh-CN" | "en";
                            roles: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "office" | "liaison" | "editor" | "observer";
                                memberCode: string | null;
                                bodyCode: string | null;
                            }[];
                            mustChangePassword: boolean;
                            isDemo: boolean;
                            secondFactor?: {
                                enrolled: boolean;
                                enrolmentRequired: boolean;
                                verifiedAt: string | null;
                            };
                        };
                        csrfToken?: string;
                        secondFactorRequired?: boolean;
                        challenge?: string;
                        /** Format: date-time */
                        challengeExpiresAt?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "auth.session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user and the CSRF token, or authenticated=false */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authenticated: boolean;
                        user?: {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            locale: "zh-CN" | "en";
                            roles: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "office" | "liaison" | "editor" | "observer";
                                memberCode: string | null;
                                bodyCode: string | null;
                            }[];
                            mustChangePassword: boolean;
                            isDemo: boolean;
                            secondFactor?: {
                                enrolled: boolean;
                                enrolmentRequired: boolean;
                                verifiedAt: string | null;
                            };
                        };
                        csrfToken?: string;
                        secondFactorRequired?: boolean;
                        challenge?: string;
                        /** Format: date-time */
                        challengeExpiresAt?: string;
                    };
                };
            };
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "auth.logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "auth.changePassword": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "auth.setPreferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    locale: "zh-CN" | "en";
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "auth.passwordPolicy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The password rules in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        profile: "standard" | "mlps3";
                        minLength: number;
                        maxLength: number;
                        minClasses: number;
                        maxAgeDays: number;
                        historyCount: number;
                    };
                };
            };
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "auth.loginSecondFactor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    challenge: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authenticated: boolean;
                        user?: {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            locale: "zh-CN" | "en";
                            roles: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "office" | "liaison" | "editor" | "observer";
                                memberCode: string | null;
                                bodyCode: string | null;
                            }[];
                            mustChangePassword: boolean;
                            isDemo: boolean;
                            secondFactor?: {
                                enrolled: boolean;
                                enrolmentRequired: boolean;
                                verifiedAt: string | null;
                            };
                        };
                        csrfToken?: string;
                        secondFactorRequired?: boolean;
                        challenge?: string;
                        /** Format: date-time */
                        challengeExpiresAt?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "auth.secondFactorStatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether your two-factor sign-in is set up and required */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enrolled: boolean;
                        required: boolean;
                        enrolledAt: string | null;
                        recoveryCodesLeft: number;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "auth.startSecondFactorEnrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Base32, for typing into an app that cannot scan */
                        secret: string;
                        otpauthUri: string;
                        /** @description The otpauth URI as an SVG data URL */
                        qrCode: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "auth.confirmSecondFactorEnrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Shown this once; each works once */
                        recoveryCodes: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "auth.verifySecondFactor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        verifiedAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "users.resetSecondFactor": {
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
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "auth.listLocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sign-in locks in force: per username and address, per username, per address */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            key: string;
                            /** @enum {string} */
                            scope: "user_source" | "user" | "source";
                            username: string | null;
                            source: string | null;
                            /** Format: date-time */
                            lockedUntil: string;
                            locksInARow: number;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "auth.liftLock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    key: string;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "users.importTemplate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "users.import": {
        parameters: {
            query?: {
                /** @description sheet (default): every one-time password in the answered sheet. email: accounts with an e-mail address get theirs by e-mail (needs YRD_SMTP_URL, else 400 on field delivery); the sheet then lists only the others' passwords */
                delivery?: "sheet" | "email";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The file itself */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "users.list": {
        parameters: {
            query?: {
                q?: string;
                role?: "admin" | "office" | "liaison" | "editor" | "observer";
                /** @description GB/T 2260 code */
                memberCode?: string;
                status?: "active" | "disabled";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            email: string | null;
                            /** @enum {string} */
                            locale: "zh-CN" | "en";
                            /** @enum {string} */
                            status: "active" | "disabled";
                            isDemo: boolean;
                            mustChangePassword: boolean;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            lastLoginAt: string | null;
                            roles: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "office" | "liaison" | "editor" | "observer";
                                memberCode: string | null;
                                bodyCode: string | null;
                                /** Format: date-time */
                                grantedAt: string;
                            }[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "users.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    displayName: string;
                    email?: string | null;
                    /** @enum {string} */
                    locale?: "zh-CN" | "en";
                    roles?: {
                        /** @enum {string} */
                        role: "admin" | "office" | "liaison" | "editor" | "observer";
                        memberCode?: string | null;
                        bodyCode?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            email: string | null;
                            /** @enum {string} */
                            locale: "zh-CN" | "en";
                            /** @enum {string} */
                            status: "active" | "disabled";
                            isDemo: boolean;
                            mustChangePassword: boolean;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            lastLoginAt: string | null;
                            roles: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "office" | "liaison" | "editor" | "observer";
                                memberCode: string | null;
                                bodyCode: string | null;
                                /** Format: date-time */
                                grantedAt: string;
                            }[];
                        };
                        oneTimePassword: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "users.export": {
        parameters: {
            query?: {
                q?: string;
                role?: "admin" | "office" | "liaison" | "editor" | "observer";
                /** @description GB/T 2260 code */
                memberCode?: string;
                status?: "active" | "disabled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "users.get": {
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
            /** @description One user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        username: string;
                        displayName: string;
                        email: string | null;
                        /** @enum {string} */
                        locale: "zh-CN" | "en";
                        /** @enum {string} */
                        status: "active" | "disabled";
                        isDemo: boolean;
                        mustChangePassword: boolean;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        lastLoginAt: string | null;
                        roles: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            role: "admin" | "office" | "liaison" | "editor" | "observer";
                            memberCode: string | null;
                            bodyCode: string | null;
                            /** Format: date-time */
                            grantedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "users.update": {
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
                    version: number;
                    displayName?: string;
                    email?: string | null;
                    /** @enum {string} */
                    status?: "active" | "disabled";
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        username: string;
                        displayName: string;
                        email: string | null;
                        /** @enum {string} */
                        locale: "zh-CN" | "en";
                        /** @enum {string} */
                        status: "active" | "disabled";
                        isDemo: boolean;
                        mustChangePassword: boolean;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        lastLoginAt: string | null;
                        roles: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            role: "admin" | "office" | "liaison" | "editor" | "observer";
                            memberCode: string | null;
                            bodyCode: string | null;
                            /** Format: date-time */
                            grantedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "users.grantRole": {
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
                    role: "admin" | "office" | "liaison" | "editor" | "observer";
                    memberCode?: string | null;
                    bodyCode?: string | null;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        username: string;
                        displayName: string;
                        email: string | null;
                        /** @enum {string} */
                        locale: "zh-CN" | "en";
                        /** @enum {string} */
                        status: "active" | "disabled";
                        isDemo: boolean;
                        mustChangePassword: boolean;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        lastLoginAt: string | null;
                        roles: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            role: "admin" | "office" | "liaison" | "editor" | "observer";
                            memberCode: string | null;
                            bodyCode: string | null;
                            /** Format: date-time */
                            grantedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "users.revokeRole": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                grantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        username: string;
                        displayName: string;
                        email: string | null;
                        /** @enum {string} */
                        locale: "zh-CN" | "en";
                        /** @enum {string} */
                        status: "active" | "disabled";
                        isDemo: boolean;
                        mustChangePassword: boolean;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        lastLoginAt: string | null;
                        roles: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            role: "admin" | "office" | "liaison" | "editor" | "observer";
                            memberCode: string | null;
                            bodyCode: string | null;
                            /** Format: date-time */
                            grantedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "users.resetPassword": {
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
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        oneTimePassword: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "users.unlock": {
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
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "region.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The region and how many members, cities and bodies it has */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        region: {
                            id: string;
                            nameZh: string;
                            nameEn: string;
                            timeZone: string;
                            dataVersion: string;
                            /** Format: date-time */
                            loadedAt: string;
                        } | null;
                        counts: {
                            members: number;
                            cities: number;
                            bodies: number;
                        };
                    };
                };
            };
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "region.listMembers": {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Members (province-level) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            regionId: string;
                            /** @enum {string} */
                            kind: "municipality" | "province";
                            nameZh: string;
                            nameEn: string;
                            shortZh: string;
                            shortEn: string;
                            cityCount: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "region.getMember": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One member with its cities */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        regionId: string;
                        /** @enum {string} */
                        kind: "municipality" | "province";
                        nameZh: string;
                        nameEn: string;
                        shortZh: string;
                        shortEn: string;
                        cityCount: number;
                        cities: {
                            code: string;
                            memberCode: string;
                            nameZh: string;
                            nameEn: string;
                            memberShortZh: string;
                            memberShortEn: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "region.listCities": {
        parameters: {
            query?: {
                /** @description GB/T 2260 code */
                memberCode?: string;
                q?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prefecture-level cities; names are not unique, codes are */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            memberCode: string;
                            nameZh: string;
                            nameEn: string;
                            memberShortZh: string;
                            memberShortEn: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "region.getCity": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One city */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        memberCode: string;
                        nameZh: string;
                        nameEn: string;
                        memberShortZh: string;
                        memberShortEn: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "region.listBodies": {
        parameters: {
            query?: {
                tier?: "decision" | "coordination" | "execution" | "observer";
                /** @description GB/T 2260 code */
                memberCode?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bodies of the three tiers, departments and observers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            /** @enum {string} */
                            tier: "decision" | "coordination" | "execution" | "observer";
                            kind: string;
                            nameZh: string;
                            nameEn: string;
                            descriptionZh: string;
                            descriptionEn: string;
                            parentCode: string | null;
                            memberCode: string | null;
                            rhythm: string;
                            /**
                             * @description "configuration": set up for this deployment (e.g. the working groups), not named by a source record
                             * @enum {string}
                             */
                            provenance: "source" | "configuration";
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "region.getBody": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** @enum {string} */
                        tier: "decision" | "coordination" | "execution" | "observer";
                        kind: string;
                        nameZh: string;
                        nameEn: string;
                        descriptionZh: string;
                        descriptionEn: string;
                        parentCode: string | null;
                        memberCode: string | null;
                        rhythm: string;
                        /**
                         * @description "configuration": set up for this deployment (e.g. the working groups), not named by a source record
                         * @enum {string}
                         */
                        provenance: "source" | "configuration";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "audit.list": {
        parameters: {
            query?: {
                actorUserId?: string;
                /** @description Prefix, e.g. "user." or "auth.login" */
                action?: string;
                objectType?: string;
                objectId?: string;
                outcome?: "success" | "denied" | "failure";
                /** @description GB/T 2260 code */
                memberCode?: string;
                from?: string;
                to?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit events, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            seq: string;
                            /** Format: uuid */
                            id: string;
                            /** @description ISO 8601 in the region time zone, with offset */
                            occurredAt: string;
                            actorUserId: string | null;
                            actorUsername: string | null;
                            actorMemberCode: string | null;
                            actorDisplayName: string | null;
                            action: string;
                            /** @enum {string} */
                            outcome: "success" | "denied" | "failure";
                            objectType: string | null;
                            objectId: string | null;
                            objectTitleZh: string | null;
                            objectTitleEn: string | null;
                            summary: {
                                [key: string]: unknown;
                            };
                            ip: string | null;
                            hash: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "audit.export": {
        parameters: {
            query?: {
                actorUserId?: string;
                /** @description Prefix, e.g. "user." or "auth.login" */
                action?: string;
                objectType?: string;
                objectId?: string;
                outcome?: "success" | "denied" | "failure";
                /** @description GB/T 2260 code */
                memberCode?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "plans.list": {
        parameters: {
            query?: {
                kind?: "three_year" | "annual" | "implementation";
                status?: "draft" | "adopted_in_principle" | "adopted" | "in_force" | "closed";
                /** @description Plans whose period overlaps this calendar year */
                year?: number;
                areaId?: string;
                /** @description Part of the code or of the Chinese or English title */
                q?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Plans, newest period first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "three_year" | "annual" | "implementation";
                            code: string;
                            titleZh: string;
                            titleEn: string;
                            descriptionZh: string;
                            descriptionEn: string;
                            periodStart: string;
                            periodEnd: string;
                            /** @enum {string} */
                            status: "draft" | "adopted_in_principle" | "adopted" | "in_force" | "closed";
                            parentPlanId: string | null;
                            /** @enum {string} */
                            reportingCadence: "monthly" | "quarterly";
                            stalledAfterDays: number;
                            baselineFrozenAt: string | null;
                            isDemo: boolean;
                            version: number;
                            taskCount: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "plans.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "three_year" | "annual" | "implementation";
                    code: string;
                    titleZh: string;
                    titleEn: string;
                    descriptionZh?: string;
                    descriptionEn?: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    periodStart: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    periodEnd: string;
                    /** @enum {string} */
                    reportingCadence?: "monthly" | "quarterly";
                    stalledAfterDays?: number;
                    parentPlanId?: string | null;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "plans.export": {
        parameters: {
            query?: {
                kind?: "three_year" | "annual" | "implementation";
                status?: "draft" | "adopted_in_principle" | "adopted" | "in_force" | "closed";
                /** @description Plans whose period overlaps this calendar year */
                year?: number;
                areaId?: string;
                /** @description Part of the code or of the Chinese or English title */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "plans.get": {
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
            /** @description A plan with its lifecycle history and task counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "three_year" | "annual" | "implementation";
                        code: string;
                        titleZh: string;
                        titleEn: string;
                        descriptionZh: string;
                        descriptionEn: string;
                        periodStart: string;
                        periodEnd: string;
                        /** @enum {string} */
                        status: "draft" | "adopted_in_principle" | "adopted" | "in_force" | "closed";
                        parentPlanId: string | null;
                        /** @enum {string} */
                        reportingCadence: "monthly" | "quarterly";
                        stalledAfterDays: number;
                        baselineFrozenAt: string | null;
                        isDemo: boolean;
                        version: number;
                        taskCount: number;
                        /** Format: date-time */
                        updatedAt: string;
                        transitions: {
                            fromStatus: string;
                            toStatus: string;
                            /** Format: date-time */
                            occurredAt: string;
                            /** @description False when the step was taken by a decision whose record gives the day only: occurredAt is then nominal */
                            timeOfDayKnown: boolean;
                            actorUsername: string;
                            actorDisplayName: string | null;
                            note: string;
                            decisionRef: string | null;
                            decisionTitleZh: string | null;
                            decisionTitleEn: string | null;
                        }[];
                        statusCounts: {
                            [key: string]: number;
                        };
                        allowedTransitions: ("draft" | "adopted_in_principle" | "adopted" | "in_force" | "closed")[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "plans.update": {
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
                    version: number;
                    titleZh?: string;
                    titleEn?: string;
                    descriptionZh?: string;
                    descriptionEn?: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    periodStart?: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    periodEnd?: string;
                    /** @enum {string} */
                    reportingCadence?: "monthly" | "quarterly";
                    stalledAfterDays?: number;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "three_year" | "annual" | "implementation";
                        code: string;
                        titleZh: string;
                        titleEn: string;
                        descriptionZh: string;
                        descriptionEn: string;
                        periodStart: string;
                        periodEnd: string;
                        /** @enum {string} */
                        status: "draft" | "adopted_in_principle" | "adopted" | "in_force" | "closed";
                        parentPlanId: string | null;
                        /** @enum {string} */
                        reportingCadence: "monthly" | "quarterly";
                        stalledAfterDays: number;
                        baselineFrozenAt: string | null;
                        isDemo: boolean;
                        version: number;
                        taskCount: number;
                        /** Format: date-time */
                        updatedAt: string;
                        transitions: {
                            fromStatus: string;
                            toStatus: string;
                            /** Format: date-time */
                            occurredAt: string;
                            /** @description False when the step was taken by a decision whose record gives the day only: occurredAt is then nominal */
                            timeOfDayKnown: boolean;
                            actorUsername: string;
                            actorDisplayName: string | null;
                            note: string;
                            decisionRef: string | null;
                            decisionTitleZh: string | null;
                            decisionTitleEn: string | null;
                        }[];
                        statusCounts: {
                            [key: string]: number;
                        };
                        allowedTransitions: ("draft" | "adopted_in_principle" | "adopted" | "in_force" | "closed")[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "plans.transition": {
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
                    to: "draft" | "adopted_in_principle" | "adopted" | "in_force" | "closed";
                    version: number;
                    note?: string;
                    decisionRef?: string | null;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "three_year" | "annual" | "implementation";
                        code: string;
                        titleZh: string;
                        titleEn: string;
                        descriptionZh: string;
                        descriptionEn: string;
                        periodStart: string;
                        periodEnd: string;
                        /** @enum {string} */
                        status: "draft" | "adopted_in_principle" | "adopted" | "in_force" | "closed";
                        parentPlanId: string | null;
                        /** @enum {string} */
                        reportingCadence: "monthly" | "quarterly";
                        stalledAfterDays: number;
                        baselineFrozenAt: string | null;
                        isDemo: boolean;
                        version: number;
                        taskCount: number;
                        /** Format: date-time */
                        updatedAt: string;
                        transitions: {
                            fromStatus: string;
                            toStatus: string;
                            /** Format: date-time */
                            occurredAt: string;
                            /** @description False when the step was taken by a decision whose record gives the day only: occurredAt is then nominal */
                            timeOfDayKnown: boolean;
                            actorUsername: string;
                            actorDisplayName: string | null;
                            note: string;
                            decisionRef: string | null;
                            decisionTitleZh: string | null;
                            decisionTitleEn: string | null;
                        }[];
                        statusCounts: {
                            [key: string]: number;
                        };
                        allowedTransitions: ("draft" | "adopted_in_principle" | "adopted" | "in_force" | "closed")[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "plans.createAnnualPlan": {
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
                    year: number;
                    code: string;
                    titleZh: string;
                    titleEn: string;
                    taskIds: string[];
                    carryOverFromPlanId?: string | null;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "plans.baseline": {
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
            /** @description The frozen baseline of a plan beside its tasks today */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        planId: string;
                        baselineFrozenAt: string | null;
                        rows: {
                            /** Format: uuid */
                            taskId: string;
                            code: string;
                            titleZh: string;
                            currentDueDate: string | null;
                            baselineDueDate: string | null;
                            inBaseline: boolean;
                            dueDateChanged: boolean;
                            status: string;
                            progress: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "plans.listFocusAreas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The focus areas (a tree by parentId) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            parentId: string | null;
                            nameZh: string;
                            nameEn: string;
                            descriptionZh: string;
                            descriptionEn: string;
                            sortOrder: number;
                            version: number;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "plans.createFocusArea": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    nameZh: string;
                    nameEn: string;
                    descriptionZh?: string;
                    descriptionEn?: string;
                    sortOrder?: number;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "plans.updateFocusArea": {
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
                    version: number;
                    nameZh?: string;
                    nameEn?: string;
                    descriptionZh?: string;
                    descriptionEn?: string;
                    sortOrder?: number;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "tasks.list": {
        parameters: {
            query?: {
                planId?: string;
                /** @description A focus area (its sub-areas included), or "none": tasks without one */
                areaId?: string | "none";
                /** @description GB/T 2260 code */
                memberCode?: string;
                memberRole?: "lead" | "participant" | "any";
                status?: ("not_started" | "on_track" | "at_risk" | "delayed" | "completed")[];
                /** @description The status of a member's own share: with memberCode, that member's share; without, any share */
                shareStatus?: ("not_started" | "on_track" | "at_risk" | "delayed" | "completed")[];
                /** @description Open flags on the task (only the chosen member's, with memberCode): red, yellow, any; yellow_only: yellow and no red; none: no open flag */
                flag?: "red" | "yellow" | "any" | "yellow_only" | "none";
                overdue?: boolean;
                /** @description Tasks due in this calendar year (tasks without a due date are left out) */
                dueYear?: number;
                q?: string;
                sort?: "code" | "due" | "updated";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tasks with filters (plan, area incl. sub-areas, member as lead/participant, status, flag, overdue, text in Chinese or English) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            titleZh: string;
                            titleEn: string;
                            leadMemberCode: string;
                            dueDate: string | null;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                            progress: number;
                            isDemo: boolean;
                            planCode: string;
                            areaCode: string | null;
                            areaNameZh: string | null;
                            areaNameEn: string | null;
                            participantMemberCodes: string[];
                            redFlags: number;
                            yellowFlags: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "tasks.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    planId: string;
                    /** @description Unique within the plan, e.g. 1.2.3 */
                    code: string;
                    titleZh: string;
                    titleEn?: string;
                    descriptionZh?: string;
                    descriptionEn?: string;
                    focusAreaId?: string | null;
                    /** @description GB/T 2260 code */
                    leadMemberCode: string;
                    leadOwnerBodyCode?: string | null;
                    participantMemberCodes?: string[];
                    bodyCodes?: string[];
                    startDate?: string | null;
                    dueDate?: string | null;
                    /** @enum {string} */
                    priority?: "high" | "normal" | "low";
                    tags?: string[];
                    milestones?: {
                        titleZh: string;
                        titleEn?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        dueDate: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "tasks.get": {
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
            /** @description A task with shares, milestones, plans and open flags */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        planId: string;
                        code: string;
                        titleZh: string;
                        titleEn: string;
                        focusAreaId: string | null;
                        leadMemberCode: string;
                        startDate: string | null;
                        dueDate: string | null;
                        /** @enum {string} */
                        priority: "high" | "normal" | "low";
                        tags: string[];
                        /** @enum {string} */
                        status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                        progress: number;
                        isDemo: boolean;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                        descriptionZh: string;
                        descriptionEn: string;
                        sourceRef: string | null;
                        bodyCodes: string[];
                        plans: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            kind: string;
                            titleZh: string;
                            titleEn: string;
                            status: string;
                            inclusion: string;
                        }[];
                        shares: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            taskId: string;
                            memberCode: string;
                            /** @enum {string} */
                            role: "lead" | "participant";
                            ownerBodyCode: string | null;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                            percent: number;
                            weight: number;
                            dueDate: string | null;
                            notes: string;
                            lastProgressAt: string | null;
                            version: number;
                            /** Format: date-time */
                            updatedAt: string;
                            editable: boolean;
                        }[];
                        milestones: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                            dueDate: string;
                            completedAt: string | null;
                        }[];
                        flags: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            /** @enum {string} */
                            severity: "red" | "yellow";
                            memberCode: string | null;
                            shareId: string | null;
                            milestoneId: string | null;
                            period: string | null;
                            /** Format: date-time */
                            raisedAt: string;
                            escalationLevel: number;
                        }[];
                        rollupRule: {
                            zh: string;
                            en: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "tasks.update": {
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
                    version: number;
                    /** @description Unique within the plan, e.g. 1.2.3 */
                    code?: string;
                    titleZh?: string;
                    titleEn?: string;
                    descriptionZh?: string;
                    descriptionEn?: string;
                    focusAreaId?: string | null;
                    /** @description GB/T 2260 code */
                    leadMemberCode?: string;
                    bodyCodes?: string[];
                    startDate?: string | null;
                    dueDate?: string | null;
                    /** @enum {string} */
                    priority?: "high" | "normal" | "low";
                    tags?: string[];
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        planId: string;
                        code: string;
                        titleZh: string;
                        titleEn: string;
                        focusAreaId: string | null;
                        leadMemberCode: string;
                        startDate: string | null;
                        dueDate: string | null;
                        /** @enum {string} */
                        priority: "high" | "normal" | "low";
                        tags: string[];
                        /** @enum {string} */
                        status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                        progress: number;
                        isDemo: boolean;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                        descriptionZh: string;
                        descriptionEn: string;
                        sourceRef: string | null;
                        bodyCodes: string[];
                        plans: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            kind: string;
                            titleZh: string;
                            titleEn: string;
                            status: string;
                            inclusion: string;
                        }[];
                        shares: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            taskId: string;
                            memberCode: string;
                            /** @enum {string} */
                            role: "lead" | "participant";
                            ownerBodyCode: string | null;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                            percent: number;
                            weight: number;
                            dueDate: string | null;
                            notes: string;
                            lastProgressAt: string | null;
                            version: number;
                            /** Format: date-time */
                            updatedAt: string;
                            editable: boolean;
                        }[];
                        milestones: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                            dueDate: string;
                            completedAt: string | null;
                        }[];
                        flags: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            /** @enum {string} */
                            severity: "red" | "yellow";
                            memberCode: string | null;
                            shareId: string | null;
                            milestoneId: string | null;
                            period: string | null;
                            /** Format: date-time */
                            raisedAt: string;
                            escalationLevel: number;
                        }[];
                        rollupRule: {
                            zh: string;
                            en: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "tasks.history": {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task's audit history: every change to it, its shares, milestones and reports */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            seq: string;
                            /** Format: uuid */
                            id: string;
                            /** @description ISO 8601 in the region time zone, with offset */
                            occurredAt: string;
                            actorUserId: string | null;
                            actorUsername: string | null;
                            actorMemberCode: string | null;
                            actorDisplayName: string | null;
                            action: string;
                            /** @enum {string} */
                            outcome: "success" | "denied" | "failure";
                            objectType: string | null;
                            objectId: string | null;
                            objectTitleZh: string | null;
                            objectTitleEn: string | null;
                            summary: {
                                [key: string]: unknown;
                            };
                            ip: string | null;
                            hash: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "tasks.addShare": {
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
                    /** @description GB/T 2260 code */
                    memberCode: string;
                    ownerBodyCode?: string | null;
                    dueDate?: string | null;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        planId: string;
                        code: string;
                        titleZh: string;
                        titleEn: string;
                        focusAreaId: string | null;
                        leadMemberCode: string;
                        startDate: string | null;
                        dueDate: string | null;
                        /** @enum {string} */
                        priority: "high" | "normal" | "low";
                        tags: string[];
                        /** @enum {string} */
                        status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                        progress: number;
                        isDemo: boolean;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                        descriptionZh: string;
                        descriptionEn: string;
                        sourceRef: string | null;
                        bodyCodes: string[];
                        plans: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            kind: string;
                            titleZh: string;
                            titleEn: string;
                            status: string;
                            inclusion: string;
                        }[];
                        shares: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            taskId: string;
                            memberCode: string;
                            /** @enum {string} */
                            role: "lead" | "participant";
                            ownerBodyCode: string | null;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                            percent: number;
                            weight: number;
                            dueDate: string | null;
                            notes: string;
                            lastProgressAt: string | null;
                            version: number;
                            /** Format: date-time */
                            updatedAt: string;
                            editable: boolean;
                        }[];
                        milestones: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                            dueDate: string;
                            completedAt: string | null;
                        }[];
                        flags: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            /** @enum {string} */
                            severity: "red" | "yellow";
                            memberCode: string | null;
                            shareId: string | null;
                            milestoneId: string | null;
                            period: string | null;
                            /** Format: date-time */
                            raisedAt: string;
                            escalationLevel: number;
                        }[];
                        rollupRule: {
                            zh: string;
                            en: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "tasks.removeShare": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                shareId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        planId: string;
                        code: string;
                        titleZh: string;
                        titleEn: string;
                        focusAreaId: string | null;
                        leadMemberCode: string;
                        startDate: string | null;
                        dueDate: string | null;
                        /** @enum {string} */
                        priority: "high" | "normal" | "low";
                        tags: string[];
                        /** @enum {string} */
                        status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                        progress: number;
                        isDemo: boolean;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                        descriptionZh: string;
                        descriptionEn: string;
                        sourceRef: string | null;
                        bodyCodes: string[];
                        plans: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            kind: string;
                            titleZh: string;
                            titleEn: string;
                            status: string;
                            inclusion: string;
                        }[];
                        shares: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            taskId: string;
                            memberCode: string;
                            /** @enum {string} */
                            role: "lead" | "participant";
                            ownerBodyCode: string | null;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                            percent: number;
                            weight: number;
                            dueDate: string | null;
                            notes: string;
                            lastProgressAt: string | null;
                            version: number;
                            /** Format: date-time */
                            updatedAt: string;
                            editable: boolean;
                        }[];
                        milestones: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                            dueDate: string;
                            completedAt: string | null;
                        }[];
                        flags: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            /** @enum {string} */
                            severity: "red" | "yellow";
                            memberCode: string | null;
                            shareId: string | null;
                            milestoneId: string | null;
                            period: string | null;
                            /** Format: date-time */
                            raisedAt: string;
                            escalationLevel: number;
                        }[];
                        rollupRule: {
                            zh: string;
                            en: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "tasks.updateShare": {
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
                    version: number;
                    /** @enum {string} */
                    status?: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                    percent?: number;
                    notes?: string;
                    ownerBodyCode?: string | null;
                    dueDate?: string | null;
                    weight?: number;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        planId: string;
                        code: string;
                        titleZh: string;
                        titleEn: string;
                        focusAreaId: string | null;
                        leadMemberCode: string;
                        startDate: string | null;
                        dueDate: string | null;
                        /** @enum {string} */
                        priority: "high" | "normal" | "low";
                        tags: string[];
                        /** @enum {string} */
                        status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                        progress: number;
                        isDemo: boolean;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                        descriptionZh: string;
                        descriptionEn: string;
                        sourceRef: string | null;
                        bodyCodes: string[];
                        plans: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            kind: string;
                            titleZh: string;
                            titleEn: string;
                            status: string;
                            inclusion: string;
                        }[];
                        shares: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            taskId: string;
                            memberCode: string;
                            /** @enum {string} */
                            role: "lead" | "participant";
                            ownerBodyCode: string | null;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                            percent: number;
                            weight: number;
                            dueDate: string | null;
                            notes: string;
                            lastProgressAt: string | null;
                            version: number;
                            /** Format: date-time */
                            updatedAt: string;
                            editable: boolean;
                        }[];
                        milestones: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                            dueDate: string;
                            completedAt: string | null;
                        }[];
                        flags: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            /** @enum {string} */
                            severity: "red" | "yellow";
                            memberCode: string | null;
                            shareId: string | null;
                            milestoneId: string | null;
                            period: string | null;
                            /** Format: date-time */
                            raisedAt: string;
                            escalationLevel: number;
                        }[];
                        rollupRule: {
                            zh: string;
                            en: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "tasks.addMilestone": {
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
                    titleZh: string;
                    titleEn?: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    dueDate: string;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        planId: string;
                        code: string;
                        titleZh: string;
                        titleEn: string;
                        focusAreaId: string | null;
                        leadMemberCode: string;
                        startDate: string | null;
                        dueDate: string | null;
                        /** @enum {string} */
                        priority: "high" | "normal" | "low";
                        tags: string[];
                        /** @enum {string} */
                        status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                        progress: number;
                        isDemo: boolean;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                        descriptionZh: string;
                        descriptionEn: string;
                        sourceRef: string | null;
                        bodyCodes: string[];
                        plans: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            kind: string;
                            titleZh: string;
                            titleEn: string;
                            status: string;
                            inclusion: string;
                        }[];
                        shares: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            taskId: string;
                            memberCode: string;
                            /** @enum {string} */
                            role: "lead" | "participant";
                            ownerBodyCode: string | null;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                            percent: number;
                            weight: number;
                            dueDate: string | null;
                            notes: string;
                            lastProgressAt: string | null;
                            version: number;
                            /** Format: date-time */
                            updatedAt: string;
                            editable: boolean;
                        }[];
                        milestones: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                            dueDate: string;
                            completedAt: string | null;
                        }[];
                        flags: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            /** @enum {string} */
                            severity: "red" | "yellow";
                            memberCode: string | null;
                            shareId: string | null;
                            milestoneId: string | null;
                            period: string | null;
                            /** Format: date-time */
                            raisedAt: string;
                            escalationLevel: number;
                        }[];
                        rollupRule: {
                            zh: string;
                            en: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "tasks.updateMilestone": {
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
                    titleZh?: string;
                    titleEn?: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    dueDate?: string;
                    completed?: boolean;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        planId: string;
                        code: string;
                        titleZh: string;
                        titleEn: string;
                        focusAreaId: string | null;
                        leadMemberCode: string;
                        startDate: string | null;
                        dueDate: string | null;
                        /** @enum {string} */
                        priority: "high" | "normal" | "low";
                        tags: string[];
                        /** @enum {string} */
                        status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                        progress: number;
                        isDemo: boolean;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                        descriptionZh: string;
                        descriptionEn: string;
                        sourceRef: string | null;
                        bodyCodes: string[];
                        plans: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            kind: string;
                            titleZh: string;
                            titleEn: string;
                            status: string;
                            inclusion: string;
                        }[];
                        shares: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            taskId: string;
                            memberCode: string;
                            /** @enum {string} */
                            role: "lead" | "participant";
                            ownerBodyCode: string | null;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                            percent: number;
                            weight: number;
                            dueDate: string | null;
                            notes: string;
                            lastProgressAt: string | null;
                            version: number;
                            /** Format: date-time */
                            updatedAt: string;
                            editable: boolean;
                        }[];
                        milestones: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                            dueDate: string;
                            completedAt: string | null;
                        }[];
                        flags: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            /** @enum {string} */
                            severity: "red" | "yellow";
                            memberCode: string | null;
                            shareId: string | null;
                            milestoneId: string | null;
                            period: string | null;
                            /** Format: date-time */
                            raisedAt: string;
                            escalationLevel: number;
                        }[];
                        rollupRule: {
                            zh: string;
                            en: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "tasks.listSavedViews": {
        parameters: {
            query?: {
                scope?: "tasks";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your saved list views */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            scope: string;
                            name: string;
                            filters: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "tasks.createSavedView": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    scope: "tasks";
                    name: string;
                    filters: {
                        /** Format: uuid */
                        planId?: string;
                        /** @description A focus area (its sub-areas included), or "none": tasks without one */
                        areaId?: string | "none";
                        /** @description GB/T 2260 code */
                        memberCode?: string;
                        /** @enum {string} */
                        memberRole?: "lead" | "participant" | "any";
                        status?: ("not_started" | "on_track" | "at_risk" | "delayed" | "completed")[];
                        /** @description The status of a member's own share: with memberCode, that member's share; without, any share */
                        shareStatus?: ("not_started" | "on_track" | "at_risk" | "delayed" | "completed")[];
                        /**
                         * @description Open flags on the task (only the chosen member's, with memberCode): red, yellow, any; yellow_only: yellow and no red; none: no open flag
                         * @enum {string}
                         */
                        flag?: "red" | "yellow" | "any" | "yellow_only" | "none";
                        overdue?: boolean;
                        /** @description Tasks due in this calendar year (tasks without a due date are left out) */
                        dueYear?: number;
                        q?: string;
                        /** @enum {string} */
                        sort?: "code" | "due" | "updated";
                    };
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "tasks.deleteSavedView": {
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
            /** @description Removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "excel.taskTemplate": {
        parameters: {
            query: {
                planId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "excel.importTasks": {
        parameters: {
            query: {
                planId: string;
                mode?: "all_or_nothing" | "valid_rows_only";
                /** @description Validate only; nothing is written */
                dryRun?: boolean;
                /** @description The name of the uploaded file, kept with the import */
                fileName?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The file itself */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @default all_or_nothing
                         * @enum {string}
                         */
                        mode: "all_or_nothing" | "valid_rows_only";
                        dryRun: boolean;
                        totalRows: number;
                        validRows: number;
                        imported: number;
                        /** @description Each broken rule; within a row in the order of the sheet's columns */
                        errors: {
                            /** @description Row number in the sheet, as Excel shows it */
                            row: number;
                            column: {
                                letter: string;
                                /** @description Column header in the user's language */
                                header: string;
                            };
                            field: string;
                            /** @description Stable rule code, e.g. excel.ambiguous_place */
                            rule: string;
                            /** @description In the user's language, naming row, column and rule */
                            message: string;
                            value: string;
                        }[];
                        warnings: {
                            column: {
                                letter: string;
                                /** @description The header as written in the sheet */
                                header: string;
                            };
                            /** @description Stable rule code, e.g. excel.header_synonym */
                            rule: string;
                            /** @description In the user's language, naming the column */
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Accepted: continues as a background job; poll the address in the answer. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        importId: string;
                        state: string;
                        totalRows: number;
                        statusUrl: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "excel.importStatus": {
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
            /** @description State and progress of a background import, and its result when finished */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        planId: string;
                        /**
                         * @default all_or_nothing
                         * @enum {string}
                         */
                        mode: "all_or_nothing" | "valid_rows_only";
                        dryRun: boolean;
                        /** @enum {string} */
                        state: "queued" | "validating" | "importing" | "done" | "failed";
                        /** @description Rows handled in the current state */
                        processedRows: number;
                        totalRows: number;
                        fileName: string | null;
                        createdBy: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        finishedAt: string | null;
                        result: {
                            /**
                             * @default all_or_nothing
                             * @enum {string}
                             */
                            mode: "all_or_nothing" | "valid_rows_only";
                            dryRun: boolean;
                            totalRows: number;
                            validRows: number;
                            imported: number;
                            /** @description Each broken rule; within a row in the order of the sheet's columns */
                            errors: {
                                /** @description Row number in the sheet, as Excel shows it */
                                row: number;
                                column: {
                                    letter: string;
                                    /** @description Column header in the user's language */
                                    header: string;
                                };
                                field: string;
                                /** @description Stable rule code, e.g. excel.ambiguous_place */
                                rule: string;
                                /** @description In the user's language, naming row, column and rule */
                                message: string;
                                value: string;
                            }[];
                            warnings: {
                                column: {
                                    letter: string;
                                    /** @description The header as written in the sheet */
                                    header: string;
                                };
                                /** @description Stable rule code, e.g. excel.header_synonym */
                                rule: string;
                                /** @description In the user's language, naming the column */
                                message: string;
                            }[];
                        } | null;
                        error: {
                            code: string;
                            message: string;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "excel.exportTasks": {
        parameters: {
            query?: {
                planId?: string;
                /** @description A focus area (its sub-areas included), or "none": tasks without one */
                areaId?: string | "none";
                /** @description GB/T 2260 code */
                memberCode?: string;
                memberRole?: "lead" | "participant" | "any";
                status?: ("not_started" | "on_track" | "at_risk" | "delayed" | "completed")[];
                /** @description The status of a member's own share: with memberCode, that member's share; without, any share */
                shareStatus?: ("not_started" | "on_track" | "at_risk" | "delayed" | "completed")[];
                /** @description Open flags on the task (only the chosen member's, with memberCode): red, yellow, any; yellow_only: yellow and no red; none: no open flag */
                flag?: "red" | "yellow" | "any" | "yellow_only" | "none";
                overdue?: boolean;
                /** @description Tasks due in this calendar year (tasks without a due date are left out) */
                dueYear?: number;
                q?: string;
                sort?: "code" | "due" | "updated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "reports.file": {
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
                    /** @description 2025-03 (monthly) or 2025-Q1 (quarterly), as the task's home plan reports */
                    period: string;
                    /** @description Plain text; shown as text, never as markup */
                    body: string;
                    percent: number;
                    /** @enum {string} */
                    status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "reports.review": {
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
                    decision: "accept" | "return";
                    /** @description Required to return a report */
                    comment?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        taskId: string;
                        taskCode: string;
                        taskTitleZh: string;
                        taskTitleEn: string;
                        /** Format: uuid */
                        planId: string;
                        /** Format: uuid */
                        shareId: string;
                        memberCode: string;
                        period: string;
                        /** @enum {string} */
                        state: "submitted" | "accepted" | "returned" | "superseded";
                        revision: number;
                        previousReportId: string | null;
                        nextReportId: string | null;
                        percent: number;
                        /** @enum {string} */
                        status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                        /** Format: date-time */
                        submittedAt: string;
                        submittedBy: string | null;
                        reviewedAt: string | null;
                        reviewedBy: string | null;
                        comment: string | null;
                        evidenceCount: number;
                        version: number;
                        isDemo: boolean;
                        editable: boolean;
                        reviewable: boolean;
                        body: string;
                        evidence: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            reportId: string;
                            fileName: string;
                            /** @description From the file’s own bytes, not from what the client claimed */
                            contentType: string;
                            sizeBytes: number;
                            sha256: string;
                            /** Format: date-time */
                            uploadedAt: string;
                            uploadedBy: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "reports.reviewBatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        decision: "accept" | "return";
                        /** @description Required to return a report */
                        comment?: string;
                        version: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            state: "accepted" | "returned";
                            version: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "reports.revise": {
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
                    /** @description Plain text; shown as text, never as markup */
                    body: string;
                    percent: number;
                    /** @enum {string} */
                    status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                    version: number;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "reports.list": {
        parameters: {
            query?: {
                state?: "submitted" | "accepted" | "returned" | "superseded";
                /** @description GB/T 2260 code */
                memberCode?: string;
                taskId?: string;
                planId?: string;
                /** @description 2025-03 (monthly) or 2025-Q1 (quarterly), as the task's home plan reports */
                period?: string;
                /** @description Reports for the periods of this year */
                year?: number;
                /** @description on_time: the member first filed for the period no later than the report grace days after the period ended (the region's calendar days); late: after that */
                timeliness?: "on_time" | "late";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Progress reports, newest first, with filters */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            taskId: string;
                            taskCode: string;
                            taskTitleZh: string;
                            taskTitleEn: string;
                            /** Format: uuid */
                            planId: string;
                            /** Format: uuid */
                            shareId: string;
                            memberCode: string;
                            period: string;
                            /** @enum {string} */
                            state: "submitted" | "accepted" | "returned" | "superseded";
                            revision: number;
                            previousReportId: string | null;
                            nextReportId: string | null;
                            percent: number;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                            /** Format: date-time */
                            submittedAt: string;
                            submittedBy: string | null;
                            reviewedAt: string | null;
                            reviewedBy: string | null;
                            comment: string | null;
                            evidenceCount: number;
                            version: number;
                            isDemo: boolean;
                            editable: boolean;
                            reviewable: boolean;
                            /** @description The first 200 characters of the text */
                            excerpt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "reports.export": {
        parameters: {
            query?: {
                state?: "submitted" | "accepted" | "returned" | "superseded";
                /** @description GB/T 2260 code */
                memberCode?: string;
                taskId?: string;
                planId?: string;
                /** @description 2025-03 (monthly) or 2025-Q1 (quarterly), as the task's home plan reports */
                period?: string;
                /** @description Reports for the periods of this year */
                year?: number;
                /** @description on_time: the member first filed for the period no later than the report grace days after the period ended (the region's calendar days); late: after that */
                timeliness?: "on_time" | "late";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "reports.get": {
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
            /** @description One report with its text and evidence */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        taskId: string;
                        taskCode: string;
                        taskTitleZh: string;
                        taskTitleEn: string;
                        /** Format: uuid */
                        planId: string;
                        /** Format: uuid */
                        shareId: string;
                        memberCode: string;
                        period: string;
                        /** @enum {string} */
                        state: "submitted" | "accepted" | "returned" | "superseded";
                        revision: number;
                        previousReportId: string | null;
                        nextReportId: string | null;
                        percent: number;
                        /** @enum {string} */
                        status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                        /** Format: date-time */
                        submittedAt: string;
                        submittedBy: string | null;
                        reviewedAt: string | null;
                        reviewedBy: string | null;
                        comment: string | null;
                        evidenceCount: number;
                        version: number;
                        isDemo: boolean;
                        editable: boolean;
                        reviewable: boolean;
                        body: string;
                        evidence: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            reportId: string;
                            fileName: string;
                            /** @description From the file’s own bytes, not from what the client claimed */
                            contentType: string;
                            sizeBytes: number;
                            sha256: string;
                            /** Format: date-time */
                            uploadedAt: string;
                            uploadedBy: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "reports.listForTask": {
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
            /** @description The task's report timeline: every revision, newest first, with evidence */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            taskId: string;
                            taskCode: string;
                            taskTitleZh: string;
                            taskTitleEn: string;
                            /** Format: uuid */
                            planId: string;
                            /** Format: uuid */
                            shareId: string;
                            memberCode: string;
                            period: string;
                            /** @enum {string} */
                            state: "submitted" | "accepted" | "returned" | "superseded";
                            revision: number;
                            previousReportId: string | null;
                            nextReportId: string | null;
                            percent: number;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                            /** Format: date-time */
                            submittedAt: string;
                            submittedBy: string | null;
                            reviewedAt: string | null;
                            reviewedBy: string | null;
                            comment: string | null;
                            evidenceCount: number;
                            version: number;
                            isDemo: boolean;
                            editable: boolean;
                            reviewable: boolean;
                            body: string;
                            evidence: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                reportId: string;
                                fileName: string;
                                /** @description From the file’s own bytes, not from what the client claimed */
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                uploadedAt: string;
                                uploadedBy: string | null;
                            }[];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "reports.addEvidence": {
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
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file (one per request)
                     */
                    file: string;
                } & {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        reportId: string;
                        fileName: string;
                        /** @description From the file’s own bytes, not from what the client claimed */
                        contentType: string;
                        sizeBytes: number;
                        sha256: string;
                        /** Format: date-time */
                        uploadedAt: string;
                        uploadedBy: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "reports.downloadEvidence": {
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
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "reports.deleteEvidence": {
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
            /** @description Removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "reports.myWork": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the signed-in user should do next, in totals: open shares (by status, overdue, report due), returned reports, the review queue, flags; each section's rows come from its own paged list (/api/v1/my-work/…) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        asOf: string;
                        timeZone: string;
                        /** @description YYYY-MM-DD in the region time zone */
                        today: string;
                        currentPeriods: {
                            monthly: string;
                            quarterly: string;
                        };
                        /** @description Members the user works for (liaison, editor) */
                        memberCodes: string[];
                        views: {
                            member: boolean;
                            office: boolean;
                            observer: boolean;
                        };
                        counts: {
                            openShares: number;
                            sharesByStatus: {
                                notStarted: number;
                                onTrack: number;
                                atRisk: number;
                                delayed: number;
                            };
                            reportsDue: number;
                            overdueShares: number;
                            returnedReports: number;
                            awaitingReview: number;
                            openFlags: number;
                            redFlags: number;
                            yellowFlags: number;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "reports.myWorkShares": {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My work: the open shares of the user's member (or body), by due date, with the report due this period; paged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            shareId: string;
                            /** Format: uuid */
                            taskId: string;
                            taskCode: string;
                            taskTitleZh: string;
                            taskTitleEn: string;
                            planCode: string;
                            memberCode: string;
                            /** @enum {string} */
                            role: "lead" | "participant";
                            ownerBodyCode: string | null;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                            percent: number;
                            dueDate: string | null;
                            overdue: boolean;
                            /** @enum {string} */
                            cadence: "monthly" | "quarterly";
                            currentPeriod: string;
                            currentReport: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                state: "submitted" | "accepted" | "returned" | "superseded";
                                revision: number;
                                /** Format: date-time */
                                submittedAt: string;
                            } | null;
                            reportDue: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "reports.myWorkReturnedReports": {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My work: returned reports of the user's member waiting for their revision, oldest return first; paged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            taskId: string;
                            taskCode: string;
                            taskTitleZh: string;
                            taskTitleEn: string;
                            /** Format: uuid */
                            planId: string;
                            /** Format: uuid */
                            shareId: string;
                            memberCode: string;
                            period: string;
                            /** @enum {string} */
                            state: "submitted" | "accepted" | "returned" | "superseded";
                            revision: number;
                            previousReportId: string | null;
                            nextReportId: string | null;
                            percent: number;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                            /** Format: date-time */
                            submittedAt: string;
                            submittedBy: string | null;
                            reviewedAt: string | null;
                            reviewedBy: string | null;
                            comment: string | null;
                            evidenceCount: number;
                            version: number;
                            isDemo: boolean;
                            editable: boolean;
                            reviewable: boolean;
                            /** @description The first 200 characters of the text */
                            excerpt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "reports.myWorkAwaitingReview": {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My work (the Office): reports waiting for review, oldest first; paged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            taskId: string;
                            taskCode: string;
                            taskTitleZh: string;
                            taskTitleEn: string;
                            /** Format: uuid */
                            planId: string;
                            /** Format: uuid */
                            shareId: string;
                            memberCode: string;
                            period: string;
                            /** @enum {string} */
                            state: "submitted" | "accepted" | "returned" | "superseded";
                            revision: number;
                            previousReportId: string | null;
                            nextReportId: string | null;
                            percent: number;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                            /** Format: date-time */
                            submittedAt: string;
                            submittedBy: string | null;
                            reviewedAt: string | null;
                            reviewedBy: string | null;
                            comment: string | null;
                            evidenceCount: number;
                            version: number;
                            isDemo: boolean;
                            editable: boolean;
                            reviewable: boolean;
                            /** @description The first 200 characters of the text */
                            excerpt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "reports.myWorkFlags": {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My work: open flags, red first — the member's own for liaisons and editors, the red ones for the Office; paged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            /** @enum {string} */
                            severity: "red" | "yellow";
                            /** Format: uuid */
                            taskId: string;
                            taskCode: string;
                            taskTitleZh: string;
                            taskTitleEn: string;
                            memberCode: string | null;
                            shareId: string | null;
                            period: string | null;
                            /** Format: date-time */
                            raisedAt: string;
                            escalationLevel: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "supervision.scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The date the rules used, in the region time zone */
                        today: string;
                        raised: number;
                        resolved: number;
                        escalated: number;
                        severityChanged: number;
                        notifications: number;
                        openRed: number;
                        openYellow: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "supervision.board": {
        parameters: {
            query?: {
                planId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Focus area × member: tasks with red / yellow / no flags, colour per cell, and the filters to open them */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        planId: string | null;
                        areas: {
                            id: string | null;
                            code: string | null;
                            nameZh: string;
                            nameEn: string;
                        }[];
                        members: {
                            code: string;
                            nameZh: string;
                            nameEn: string;
                            shortZh: string;
                            shortEn: string;
                        }[];
                        cells: {
                            areaId: string | null;
                            memberCode: string;
                            total: number;
                            red: number;
                            yellow: number;
                            none: number;
                            /** @enum {string} */
                            colour: "red" | "yellow" | "green" | "empty";
                            filters: {
                                planId: string | null;
                                areaId: string;
                                memberCode: string;
                                flag: ("red" | "yellow_only" | "none") | null;
                            };
                        }[];
                        rule: {
                            zh: string;
                            en: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "supervision.listFlags": {
        parameters: {
            query?: {
                /** @description GB/T 2260 code */
                memberCode?: string;
                taskId?: string;
                severity?: "red" | "yellow";
                kind?: "overdue_share" | "overdue_milestone" | "missing_report" | "stalled";
                open?: boolean;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Supervision flags, newest first (open ones unless open=false) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "overdue_share" | "overdue_milestone" | "missing_report" | "stalled";
                            /** @enum {string} */
                            severity: "red" | "yellow";
                            /** Format: uuid */
                            taskId: string;
                            taskCode: string;
                            taskTitleZh: string;
                            taskTitleEn: string;
                            memberCode: string | null;
                            shareId: string | null;
                            milestoneId: string | null;
                            period: string | null;
                            detail: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            raisedAt: string;
                            resolvedAt: string | null;
                            escalationLevel: number;
                            nextEscalationAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "notifications.inbox": {
        parameters: {
            query?: {
                unreadOnly?: boolean;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your notifications, unread first, newest first, in your language */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            title: string;
                            body: string;
                            link: string | null;
                            flagId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            readAt: string | null;
                        }[];
                        nextCursor: string | null;
                        unreadCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "notifications.markRead": {
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
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unreadCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "notifications.markAllRead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        updated: number;
                        unreadCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "notifications.getPreferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your e-mail choices: which notice kinds go by e-mail, and whether as one daily digest */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                        /** @description E-mail comes as one message a day listing the notices of the day before, instead of one message each */
                        digest: boolean;
                        /** @description Kinds that do not go by e-mail (they still reach the inbox) */
                        emailMuted: ("reports.submitted" | "reports.returned" | "reports.accepted" | "minutes.drafted" | "minutes.change_requested" | "minutes.ready" | "minutes.finalised" | "decisions.tasks" | "agreements.tasks" | "agreements.expiry" | "matters.raised" | "matters.escalated" | "matters.de_escalated" | "matters.withdrawn" | "matters.resolved" | "users.role_granted" | "users.role_revoked" | "supervision.overdue_share" | "supervision.overdue_milestone" | "supervision.missing_report" | "supervision.stalled" | "supervision.overdue_project_milestone" | "risks.alert")[];
                        kinds: {
                            /** @enum {string} */
                            kind: "reports.submitted" | "reports.returned" | "reports.accepted" | "minutes.drafted" | "minutes.change_requested" | "minutes.ready" | "minutes.finalised" | "decisions.tasks" | "agreements.tasks" | "agreements.expiry" | "matters.raised" | "matters.escalated" | "matters.de_escalated" | "matters.withdrawn" | "matters.resolved" | "users.role_granted" | "users.role_revoked" | "supervision.overdue_share" | "supervision.overdue_milestone" | "supervision.missing_report" | "supervision.stalled" | "supervision.overdue_project_milestone" | "risks.alert";
                            /** @description In the user's language */
                            name: string;
                            email: boolean;
                        }[];
                        /** @description Whether the platform sends e-mail at all (YRD_SMTP_URL) */
                        emailConfigured: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "notifications.setPreferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version read; 0 before the first save */
                    version: number;
                    digest?: boolean;
                    emailMuted?: ("reports.submitted" | "reports.returned" | "reports.accepted" | "minutes.drafted" | "minutes.change_requested" | "minutes.ready" | "minutes.finalised" | "decisions.tasks" | "agreements.tasks" | "agreements.expiry" | "matters.raised" | "matters.escalated" | "matters.de_escalated" | "matters.withdrawn" | "matters.resolved" | "users.role_granted" | "users.role_revoked" | "supervision.overdue_share" | "supervision.overdue_milestone" | "supervision.missing_report" | "supervision.stalled" | "supervision.overdue_project_milestone" | "risks.alert")[];
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                        /** @description E-mail comes as one message a day listing the notices of the day before, instead of one message each */
                        digest: boolean;
                        /** @description Kinds that do not go by e-mail (they still reach the inbox) */
                        emailMuted: ("reports.submitted" | "reports.returned" | "reports.accepted" | "minutes.drafted" | "minutes.change_requested" | "minutes.ready" | "minutes.finalised" | "decisions.tasks" | "agreements.tasks" | "agreements.expiry" | "matters.raised" | "matters.escalated" | "matters.de_escalated" | "matters.withdrawn" | "matters.resolved" | "users.role_granted" | "users.role_revoked" | "supervision.overdue_share" | "supervision.overdue_milestone" | "supervision.missing_report" | "supervision.stalled" | "supervision.overdue_project_milestone" | "risks.alert")[];
                        kinds: {
                            /** @enum {string} */
                            kind: "reports.submitted" | "reports.returned" | "reports.accepted" | "minutes.drafted" | "minutes.change_requested" | "minutes.ready" | "minutes.finalised" | "decisions.tasks" | "agreements.tasks" | "agreements.expiry" | "matters.raised" | "matters.escalated" | "matters.de_escalated" | "matters.withdrawn" | "matters.resolved" | "users.role_granted" | "users.role_revoked" | "supervision.overdue_share" | "supervision.overdue_milestone" | "supervision.missing_report" | "supervision.stalled" | "supervision.overdue_project_milestone" | "risks.alert";
                            /** @description In the user's language */
                            name: string;
                            email: boolean;
                        }[];
                        /** @description Whether the platform sends e-mail at all (YRD_SMTP_URL) */
                        emailConfigured: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "notifications.listWebhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Webhook endpoints (secrets are never shown again) and the events they may subscribe to */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            url: string;
                            events: string[];
                            active: boolean;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        events: string[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "notifications.createWebhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description http:// or https:// */
                    url: string;
                    events: ("flag.raised" | "flag.escalated" | "flag.resolved" | "reports.submitted" | "reports.returned" | "reports.accepted" | "minutes.drafted" | "minutes.change_requested" | "minutes.ready" | "minutes.finalised" | "decisions.tasks" | "agreements.tasks" | "matters.raised" | "matters.escalated" | "matters.de_escalated" | "matters.withdrawn" | "matters.resolved")[];
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        secret: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "notifications.deleteWebhook": {
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
            /** @description Removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "notifications.updateWebhook": {
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
                    version: number;
                    name?: string;
                    /** @description http:// or https:// */
                    url?: string;
                    events?: ("flag.raised" | "flag.escalated" | "flag.resolved" | "reports.submitted" | "reports.returned" | "reports.accepted" | "minutes.drafted" | "minutes.change_requested" | "minutes.ready" | "minutes.finalised" | "decisions.tasks" | "agreements.tasks" | "matters.raised" | "matters.escalated" | "matters.de_escalated" | "matters.withdrawn" | "matters.resolved")[];
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        url: string;
                        events: string[];
                        active: boolean;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "notifications.listWebhookDeliveries": {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endpoint's deliveries, newest first, with status and last error */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            event: string;
                            /** @enum {string} */
                            status: "pending" | "delivered" | "failed" | "skipped";
                            attempts: number;
                            lastStatusCode: number | null;
                            lastError: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            deliveredAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "jobs.list": {
        parameters: {
            query?: {
                status?: "pending" | "running" | "done" | "failed";
                kind?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Background jobs, newest first (failed ones show their last error) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            kind: string;
                            /** @enum {string} */
                            status: "pending" | "running" | "done" | "failed";
                            /** Format: date-time */
                            runAt: string;
                            attempts: number;
                            maxAttempts: number;
                            lockedBy: string | null;
                            lockedUntil: string | null;
                            lastError: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            finishedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "jobs.retry": {
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
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "meetings.list": {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                type?: "annual_symposium" | "joint_meeting" | "sg_symposium" | "research_symposium" | "working_group" | "forum" | "results_conference" | "site_visit";
                tier?: "decision" | "coordination" | "execution";
                /** @description asc: oldest first (the calendar, default); desc: newest first (the list) */
                order?: "asc" | "desc";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Meetings in date order (oldest first for the calendar, newest first with order=desc), optionally within [from, to), of one type and tier; cursor-paged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            type: "annual_symposium" | "joint_meeting" | "sg_symposium" | "research_symposium" | "working_group" | "forum" | "results_conference" | "site_visit";
                            /** @enum {string} */
                            tier: "decision" | "coordination" | "execution";
                            bodyCode: string | null;
                            hostMemberCode: string | null;
                            hostCityCode: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            /** @description False when the record gives the day only: startsAt/endsAt are then nominal (order, calendars) and shown as dates */
                            timeOfDayKnown: boolean;
                            venueZh: string;
                            venueEn: string;
                            titleZh: string;
                            titleEn: string;
                            themeZh: string;
                            themeEn: string;
                            parentMeetingId: string | null;
                            /** @enum {string} */
                            status: "planned" | "published" | "held" | "cancelled";
                            isDemo: boolean;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "meetings.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "annual_symposium" | "joint_meeting" | "sg_symposium" | "research_symposium" | "working_group" | "forum" | "results_conference" | "site_visit";
                    /** @enum {string} */
                    tier: "decision" | "coordination" | "execution";
                    bodyCode?: string | null;
                    hostMemberCode?: string | null;
                    hostCityCode?: string | null;
                    /** Format: date-time */
                    startsAt: string;
                    /** Format: date-time */
                    endsAt: string;
                    venueZh?: string;
                    venueEn?: string;
                    titleZh: string;
                    titleEn?: string;
                    themeZh?: string;
                    themeEn?: string;
                    parentMeetingId?: string | null;
                    /** @enum {string} */
                    status?: "planned" | "published" | "held" | "cancelled";
                    participants?: {
                        nameZh: string;
                        nameEn?: string;
                        titleZh?: string;
                        titleEn?: string;
                        memberCode?: string | null;
                        organisation?: string;
                        /** @enum {string} */
                        role: "attendee" | "presider" | "speaker" | "invited_guest";
                    }[];
                    agenda?: {
                        titleZh: string;
                        titleEn?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "meetings.export": {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                type?: "annual_symposium" | "joint_meeting" | "sg_symposium" | "research_symposium" | "working_group" | "forum" | "results_conference" | "site_visit";
                tier?: "decision" | "coordination" | "execution";
                /** @description asc: oldest first (the calendar, default); desc: newest first (the list) */
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "meetings.get": {
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
            /** @description A meeting with participants, agenda, sessions, every minutes version with approvals, and decisions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        type: "annual_symposium" | "joint_meeting" | "sg_symposium" | "research_symposium" | "working_group" | "forum" | "results_conference" | "site_visit";
                        /** @enum {string} */
                        tier: "decision" | "coordination" | "execution";
                        bodyCode: string | null;
                        hostMemberCode: string | null;
                        hostCityCode: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string;
                        /** @description False when the record gives the day only: startsAt/endsAt are then nominal (order, calendars) and shown as dates */
                        timeOfDayKnown: boolean;
                        venueZh: string;
                        venueEn: string;
                        titleZh: string;
                        titleEn: string;
                        themeZh: string;
                        themeEn: string;
                        parentMeetingId: string | null;
                        /** @enum {string} */
                        status: "planned" | "published" | "held" | "cancelled";
                        isDemo: boolean;
                        version: number;
                        participants: {
                            /** Format: uuid */
                            id: string;
                            nameZh: string;
                            nameEn: string;
                            titleZh: string;
                            titleEn: string;
                            memberCode: string | null;
                            organisation: string;
                            /** @enum {string} */
                            role: "attendee" | "presider" | "speaker" | "invited_guest";
                        }[];
                        agenda: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                        }[];
                        sessions: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            type: "annual_symposium" | "joint_meeting" | "sg_symposium" | "research_symposium" | "working_group" | "forum" | "results_conference" | "site_visit";
                            /** @enum {string} */
                            tier: "decision" | "coordination" | "execution";
                            bodyCode: string | null;
                            hostMemberCode: string | null;
                            hostCityCode: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            /** @description False when the record gives the day only: startsAt/endsAt are then nominal (order, calendars) and shown as dates */
                            timeOfDayKnown: boolean;
                            venueZh: string;
                            venueEn: string;
                            titleZh: string;
                            titleEn: string;
                            themeZh: string;
                            themeEn: string;
                            parentMeetingId: string | null;
                            /** @enum {string} */
                            status: "planned" | "published" | "held" | "cancelled";
                            isDemo: boolean;
                            version: number;
                        }[];
                        approvingMembers: string[];
                        minutes: {
                            /** Format: uuid */
                            id: string;
                            revision: number;
                            bodyZh: string;
                            bodyEn: string;
                            /** @enum {string} */
                            status: "draft" | "superseded" | "final";
                            /** Format: date-time */
                            draftedAt: string;
                            finalisedAt: string | null;
                            approvals: {
                                memberCode: string;
                                /** @enum {string} */
                                verdict: "approve" | "request_change";
                                comment: string;
                                /** Format: date-time */
                                decidedAt: string;
                            }[];
                        }[];
                        decisions: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                            /** Format: date-time */
                            decidedAt: string;
                            timeOfDayKnown: boolean;
                            isDemo: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "meetings.update": {
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
                    type?: "annual_symposium" | "joint_meeting" | "sg_symposium" | "research_symposium" | "working_group" | "forum" | "results_conference" | "site_visit";
                    /** @enum {string} */
                    tier?: "decision" | "coordination" | "execution";
                    bodyCode?: string | null;
                    hostMemberCode?: string | null;
                    hostCityCode?: string | null;
                    /** Format: date-time */
                    startsAt?: string;
                    /** Format: date-time */
                    endsAt?: string;
                    venueZh?: string;
                    venueEn?: string;
                    titleZh?: string;
                    titleEn?: string;
                    themeZh?: string;
                    themeEn?: string;
                    parentMeetingId?: string | null;
                    /** @enum {string} */
                    status?: "planned" | "published" | "held" | "cancelled";
                    participants?: {
                        nameZh: string;
                        nameEn?: string;
                        titleZh?: string;
                        titleEn?: string;
                        memberCode?: string | null;
                        organisation?: string;
                        /** @enum {string} */
                        role: "attendee" | "presider" | "speaker" | "invited_guest";
                    }[];
                    agenda?: {
                        titleZh: string;
                        titleEn?: string;
                    }[];
                    version: number;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        type: "annual_symposium" | "joint_meeting" | "sg_symposium" | "research_symposium" | "working_group" | "forum" | "results_conference" | "site_visit";
                        /** @enum {string} */
                        tier: "decision" | "coordination" | "execution";
                        bodyCode: string | null;
                        hostMemberCode: string | null;
                        hostCityCode: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string;
                        /** @description False when the record gives the day only: startsAt/endsAt are then nominal (order, calendars) and shown as dates */
                        timeOfDayKnown: boolean;
                        venueZh: string;
                        venueEn: string;
                        titleZh: string;
                        titleEn: string;
                        themeZh: string;
                        themeEn: string;
                        parentMeetingId: string | null;
                        /** @enum {string} */
                        status: "planned" | "published" | "held" | "cancelled";
                        isDemo: boolean;
                        version: number;
                        participants: {
                            /** Format: uuid */
                            id: string;
                            nameZh: string;
                            nameEn: string;
                            titleZh: string;
                            titleEn: string;
                            memberCode: string | null;
                            organisation: string;
                            /** @enum {string} */
                            role: "attendee" | "presider" | "speaker" | "invited_guest";
                        }[];
                        agenda: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                        }[];
                        sessions: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            type: "annual_symposium" | "joint_meeting" | "sg_symposium" | "research_symposium" | "working_group" | "forum" | "results_conference" | "site_visit";
                            /** @enum {string} */
                            tier: "decision" | "coordination" | "execution";
                            bodyCode: string | null;
                            hostMemberCode: string | null;
                            hostCityCode: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            /** @description False when the record gives the day only: startsAt/endsAt are then nominal (order, calendars) and shown as dates */
                            timeOfDayKnown: boolean;
                            venueZh: string;
                            venueEn: string;
                            titleZh: string;
                            titleEn: string;
                            themeZh: string;
                            themeEn: string;
                            parentMeetingId: string | null;
                            /** @enum {string} */
                            status: "planned" | "published" | "held" | "cancelled";
                            isDemo: boolean;
                            version: number;
                        }[];
                        approvingMembers: string[];
                        minutes: {
                            /** Format: uuid */
                            id: string;
                            revision: number;
                            bodyZh: string;
                            bodyEn: string;
                            /** @enum {string} */
                            status: "draft" | "superseded" | "final";
                            /** Format: date-time */
                            draftedAt: string;
                            finalisedAt: string | null;
                            approvals: {
                                memberCode: string;
                                /** @enum {string} */
                                verdict: "approve" | "request_change";
                                comment: string;
                                /** Format: date-time */
                                decidedAt: string;
                            }[];
                        }[];
                        decisions: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                            /** Format: date-time */
                            decidedAt: string;
                            timeOfDayKnown: boolean;
                            isDemo: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "meetings.draftMinutes": {
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
                    bodyZh: string;
                    bodyEn?: string;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        type: "annual_symposium" | "joint_meeting" | "sg_symposium" | "research_symposium" | "working_group" | "forum" | "results_conference" | "site_visit";
                        /** @enum {string} */
                        tier: "decision" | "coordination" | "execution";
                        bodyCode: string | null;
                        hostMemberCode: string | null;
                        hostCityCode: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string;
                        /** @description False when the record gives the day only: startsAt/endsAt are then nominal (order, calendars) and shown as dates */
                        timeOfDayKnown: boolean;
                        venueZh: string;
                        venueEn: string;
                        titleZh: string;
                        titleEn: string;
                        themeZh: string;
                        themeEn: string;
                        parentMeetingId: string | null;
                        /** @enum {string} */
                        status: "planned" | "published" | "held" | "cancelled";
                        isDemo: boolean;
                        version: number;
                        participants: {
                            /** Format: uuid */
                            id: string;
                            nameZh: string;
                            nameEn: string;
                            titleZh: string;
                            titleEn: string;
                            memberCode: string | null;
                            organisation: string;
                            /** @enum {string} */
                            role: "attendee" | "presider" | "speaker" | "invited_guest";
                        }[];
                        agenda: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                        }[];
                        sessions: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            type: "annual_symposium" | "joint_meeting" | "sg_symposium" | "research_symposium" | "working_group" | "forum" | "results_conference" | "site_visit";
                            /** @enum {string} */
                            tier: "decision" | "coordination" | "execution";
                            bodyCode: string | null;
                            hostMemberCode: string | null;
                            hostCityCode: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            /** @description False when the record gives the day only: startsAt/endsAt are then nominal (order, calendars) and shown as dates */
                            timeOfDayKnown: boolean;
                            venueZh: string;
                            venueEn: string;
                            titleZh: string;
                            titleEn: string;
                            themeZh: string;
                            themeEn: string;
                            parentMeetingId: string | null;
                            /** @enum {string} */
                            status: "planned" | "published" | "held" | "cancelled";
                            isDemo: boolean;
                            version: number;
                        }[];
                        approvingMembers: string[];
                        minutes: {
                            /** Format: uuid */
                            id: string;
                            revision: number;
                            bodyZh: string;
                            bodyEn: string;
                            /** @enum {string} */
                            status: "draft" | "superseded" | "final";
                            /** Format: date-time */
                            draftedAt: string;
                            finalisedAt: string | null;
                            approvals: {
                                memberCode: string;
                                /** @enum {string} */
                                verdict: "approve" | "request_change";
                                comment: string;
                                /** Format: date-time */
                                decidedAt: string;
                            }[];
                        }[];
                        decisions: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                            /** Format: date-time */
                            decidedAt: string;
                            timeOfDayKnown: boolean;
                            isDemo: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "meetings.minutesVerdict": {
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
                    /** @description GB/T 2260 code */
                    memberCode: string;
                    /** @enum {string} */
                    verdict: "approve" | "request_change";
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        type: "annual_symposium" | "joint_meeting" | "sg_symposium" | "research_symposium" | "working_group" | "forum" | "results_conference" | "site_visit";
                        /** @enum {string} */
                        tier: "decision" | "coordination" | "execution";
                        bodyCode: string | null;
                        hostMemberCode: string | null;
                        hostCityCode: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string;
                        /** @description False when the record gives the day only: startsAt/endsAt are then nominal (order, calendars) and shown as dates */
                        timeOfDayKnown: boolean;
                        venueZh: string;
                        venueEn: string;
                        titleZh: string;
                        titleEn: string;
                        themeZh: string;
                        themeEn: string;
                        parentMeetingId: string | null;
                        /** @enum {string} */
                        status: "planned" | "published" | "held" | "cancelled";
                        isDemo: boolean;
                        version: number;
                        participants: {
                            /** Format: uuid */
                            id: string;
                            nameZh: string;
                            nameEn: string;
                            titleZh: string;
                            titleEn: string;
                            memberCode: string | null;
                            organisation: string;
                            /** @enum {string} */
                            role: "attendee" | "presider" | "speaker" | "invited_guest";
                        }[];
                        agenda: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                        }[];
                        sessions: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            type: "annual_symposium" | "joint_meeting" | "sg_symposium" | "research_symposium" | "working_group" | "forum" | "results_conference" | "site_visit";
                            /** @enum {string} */
                            tier: "decision" | "coordination" | "execution";
                            bodyCode: string | null;
                            hostMemberCode: string | null;
                            hostCityCode: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            /** @description False when the record gives the day only: startsAt/endsAt are then nominal (order, calendars) and shown as dates */
                            timeOfDayKnown: boolean;
                            venueZh: string;
                            venueEn: string;
                            titleZh: string;
                            titleEn: string;
                            themeZh: string;
                            themeEn: string;
                            parentMeetingId: string | null;
                            /** @enum {string} */
                            status: "planned" | "published" | "held" | "cancelled";
                            isDemo: boolean;
                            version: number;
                        }[];
                        approvingMembers: string[];
                        minutes: {
                            /** Format: uuid */
                            id: string;
                            revision: number;
                            bodyZh: string;
                            bodyEn: string;
                            /** @enum {string} */
                            status: "draft" | "superseded" | "final";
                            /** Format: date-time */
                            draftedAt: string;
                            finalisedAt: string | null;
                            approvals: {
                                memberCode: string;
                                /** @enum {string} */
                                verdict: "approve" | "request_change";
                                comment: string;
                                /** Format: date-time */
                                decidedAt: string;
                            }[];
                        }[];
                        decisions: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                            /** Format: date-time */
                            decidedAt: string;
                            timeOfDayKnown: boolean;
                            isDemo: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "meetings.finaliseMinutes": {
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
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        type: "annual_symposium" | "joint_meeting" | "sg_symposium" | "research_symposium" | "working_group" | "forum" | "results_conference" | "site_visit";
                        /** @enum {string} */
                        tier: "decision" | "coordination" | "execution";
                        bodyCode: string | null;
                        hostMemberCode: string | null;
                        hostCityCode: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string;
                        /** @description False when the record gives the day only: startsAt/endsAt are then nominal (order, calendars) and shown as dates */
                        timeOfDayKnown: boolean;
                        venueZh: string;
                        venueEn: string;
                        titleZh: string;
                        titleEn: string;
                        themeZh: string;
                        themeEn: string;
                        parentMeetingId: string | null;
                        /** @enum {string} */
                        status: "planned" | "published" | "held" | "cancelled";
                        isDemo: boolean;
                        version: number;
                        participants: {
                            /** Format: uuid */
                            id: string;
                            nameZh: string;
                            nameEn: string;
                            titleZh: string;
                            titleEn: string;
                            memberCode: string | null;
                            organisation: string;
                            /** @enum {string} */
                            role: "attendee" | "presider" | "speaker" | "invited_guest";
                        }[];
                        agenda: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                        }[];
                        sessions: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            type: "annual_symposium" | "joint_meeting" | "sg_symposium" | "research_symposium" | "working_group" | "forum" | "results_conference" | "site_visit";
                            /** @enum {string} */
                            tier: "decision" | "coordination" | "execution";
                            bodyCode: string | null;
                            hostMemberCode: string | null;
                            hostCityCode: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            /** @description False when the record gives the day only: startsAt/endsAt are then nominal (order, calendars) and shown as dates */
                            timeOfDayKnown: boolean;
                            venueZh: string;
                            venueEn: string;
                            titleZh: string;
                            titleEn: string;
                            themeZh: string;
                            themeEn: string;
                            parentMeetingId: string | null;
                            /** @enum {string} */
                            status: "planned" | "published" | "held" | "cancelled";
                            isDemo: boolean;
                            version: number;
                        }[];
                        approvingMembers: string[];
                        minutes: {
                            /** Format: uuid */
                            id: string;
                            revision: number;
                            bodyZh: string;
                            bodyEn: string;
                            /** @enum {string} */
                            status: "draft" | "superseded" | "final";
                            /** Format: date-time */
                            draftedAt: string;
                            finalisedAt: string | null;
                            approvals: {
                                memberCode: string;
                                /** @enum {string} */
                                verdict: "approve" | "request_change";
                                comment: string;
                                /** Format: date-time */
                                decidedAt: string;
                            }[];
                        }[];
                        decisions: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                            /** Format: date-time */
                            decidedAt: string;
                            timeOfDayKnown: boolean;
                            isDemo: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "meetings.nextHost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proposed next host of the annual symposium, from the rotation order and the last host */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        memberCode: string;
                        order: string[];
                        lastHost: {
                            year: number;
                            memberCode: string;
                        } | null;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "decisions.create": {
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
                    titleZh: string;
                    titleEn?: string;
                    bodyZh?: string;
                    bodyEn?: string;
                    /** Format: date-time */
                    decidedAt?: string;
                    effects: ({
                        /** @enum {string} */
                        kind: "adopt_plan";
                        /** Format: uuid */
                        planId: string;
                        /** @enum {string} */
                        to: "adopted_in_principle" | "adopted" | "in_force";
                        note?: string;
                    } | {
                        /** @enum {string} */
                        kind: "approve_agreement";
                        /** Format: uuid */
                        agreementId: string;
                    } | {
                        /** @enum {string} */
                        kind: "resolve_matter";
                        /** Format: uuid */
                        matterId: string;
                        note?: string;
                    } | {
                        /** @enum {string} */
                        kind: "fix_next_host";
                        year: number;
                        /** @description GB/T 2260 code */
                        memberCode: string;
                        cityCode?: string | null;
                    } | {
                        /** @enum {string} */
                        kind: "create_tasks";
                        /** Format: uuid */
                        planId: string;
                        tasks: {
                            code: string;
                            titleZh: string;
                            titleEn?: string;
                            /** @description GB/T 2260 code */
                            leadMemberCode: string;
                            participantMemberCodes?: string[];
                            focusAreaId?: string | null;
                            startDate?: string | null;
                            dueDate?: string | null;
                        }[];
                    })[];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "decisions.list": {
        parameters: {
            query?: {
                /** @description Decisions taken in this year (the region's calendar) */
                year?: number;
                /** @description Implemented by the published rule (see rule in the answer of GET /dashboard/summary), or not */
                implemented?: boolean;
                meetingId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Decisions, newest first, with filters (year, implemented, meeting); cursor-paged; with the rule of "implemented" */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            meetingId: string;
                            meetingTitleZh: string;
                            meetingTitleEn: string;
                            titleZh: string;
                            titleEn: string;
                            /** Format: date-time */
                            decidedAt: string;
                            /** @description False when the record gives the day only: decidedAt is then nominal and shown as a date */
                            timeOfDayKnown: boolean;
                            isDemo: boolean;
                            effectKinds: ("adopt_plan" | "approve_agreement" | "resolve_matter" | "fix_next_host" | "create_tasks")[];
                            /** @description Tasks the decision created */
                            taskCount: number;
                            completedTasks: number;
                            implemented: boolean;
                        }[];
                        nextCursor: string | null;
                        rule: {
                            zh: string;
                            en: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "decisions.export": {
        parameters: {
            query?: {
                /** @description Decisions taken in this year (the region's calendar) */
                year?: number;
                /** @description Implemented by the published rule (see rule in the answer of GET /dashboard/summary), or not */
                implemented?: boolean;
                meetingId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "decisions.get": {
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
            /** @description A decision with what it produced and its implementation rolled up from its tasks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        meetingId: string;
                        titleZh: string;
                        titleEn: string;
                        bodyZh: string;
                        bodyEn: string;
                        /** Format: date-time */
                        decidedAt: string;
                        /** @description False when the record gives the day only: decidedAt is then nominal and shown as a date */
                        timeOfDayKnown: boolean;
                        isDemo: boolean;
                        effects: {
                            /** @enum {string} */
                            kind: "adopt_plan" | "approve_agreement" | "resolve_matter" | "fix_next_host" | "create_tasks";
                            planId: string | null;
                            agreementId: string | null;
                            matterId: string | null;
                            hostMemberCode: string | null;
                            hostYear: number | null;
                            taskIds: string[];
                        }[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            titleZh: string;
                            titleEn: string;
                            leadMemberCode: string;
                            status: string;
                            progress: number;
                            dueDate: string | null;
                        }[];
                        implementation: {
                            taskCount: number;
                            completed: number;
                            progress: number | null;
                            byStatus: {
                                [key: string]: number;
                            };
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "matters.list": {
        parameters: {
            query?: {
                status?: "open" | "resolved" | "withdrawn";
                tier?: "execution" | "coordination" | "decision";
                /** @description GB/T 2260 code */
                memberCode?: string;
                /** @description Matters resolved by a decision taken in this year (the region's calendar) */
                resolvedYear?: number;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Major matters, newest first; cursor-paged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                            descriptionZh: string;
                            descriptionEn: string;
                            raisedByMemberCode: string | null;
                            raisedByBodyCode: string | null;
                            focusAreaId: string | null;
                            /** @enum {string} */
                            urgency: "high" | "normal" | "low";
                            /** @enum {string} */
                            tier: "execution" | "coordination" | "decision";
                            /** @enum {string} */
                            status: "open" | "resolved" | "withdrawn";
                            deadlines: {
                                execution: string | null;
                                coordination: string | null;
                                decision: string | null;
                            };
                            resolvedByDecisionId: string | null;
                            /** Format: date-time */
                            raisedAt: string;
                            isDemo: boolean;
                            version: number;
                            /** @description Members party to the matter: the one that raised it and those affected */
                            memberCodes: string[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "matters.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    titleZh: string;
                    titleEn?: string;
                    descriptionZh?: string;
                    descriptionEn?: string;
                    raisedByMemberCode?: string | null;
                    raisedByBodyCode?: string | null;
                    affectedMemberCodes: string[];
                    focusAreaId?: string | null;
                    /** @enum {string} */
                    urgency?: "high" | "normal" | "low";
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "matters.export": {
        parameters: {
            query?: {
                status?: "open" | "resolved" | "withdrawn";
                tier?: "execution" | "coordination" | "decision";
                /** @description GB/T 2260 code */
                memberCode?: string;
                /** @description Matters resolved by a decision taken in this year (the region's calendar) */
                resolvedYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "matters.board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open major matters by tier, oldest first, with their age */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tiers: {
                            /** @enum {string} */
                            tier: "execution" | "coordination" | "decision";
                            /** @description Open matters at this tier in all; the board lists at most 1000 (the oldest) across tiers */
                            total: number;
                            matters: {
                                /** Format: uuid */
                                id: string;
                                titleZh: string;
                                titleEn: string;
                                descriptionZh: string;
                                descriptionEn: string;
                                raisedByMemberCode: string | null;
                                raisedByBodyCode: string | null;
                                focusAreaId: string | null;
                                /** @enum {string} */
                                urgency: "high" | "normal" | "low";
                                /** @enum {string} */
                                tier: "execution" | "coordination" | "decision";
                                /** @enum {string} */
                                status: "open" | "resolved" | "withdrawn";
                                deadlines: {
                                    execution: string | null;
                                    coordination: string | null;
                                    decision: string | null;
                                };
                                resolvedByDecisionId: string | null;
                                /** Format: date-time */
                                raisedAt: string;
                                isDemo: boolean;
                                version: number;
                                /** @description Members party to the matter: the one that raised it and those affected */
                                memberCodes: string[];
                                ageDays: number;
                                overdue: boolean;
                            }[];
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "matters.get": {
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
            /** @description A major matter with its members and timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        titleZh: string;
                        titleEn: string;
                        descriptionZh: string;
                        descriptionEn: string;
                        raisedByMemberCode: string | null;
                        raisedByBodyCode: string | null;
                        focusAreaId: string | null;
                        /** @enum {string} */
                        urgency: "high" | "normal" | "low";
                        /** @enum {string} */
                        tier: "execution" | "coordination" | "decision";
                        /** @enum {string} */
                        status: "open" | "resolved" | "withdrawn";
                        deadlines: {
                            execution: string | null;
                            coordination: string | null;
                            decision: string | null;
                        };
                        resolvedByDecisionId: string | null;
                        /** Format: date-time */
                        raisedAt: string;
                        isDemo: boolean;
                        version: number;
                        /** @description Members party to the matter: the one that raised it and those affected */
                        memberCodes: string[];
                        timeline: {
                            kind: string;
                            fromTier: string | null;
                            toTier: string | null;
                            reason: string;
                            decisionId: string | null;
                            actorUsername: string;
                            /** Format: date-time */
                            occurredAt: string;
                            actorDisplayName: string | null;
                            decisionTitleZh: string | null;
                            decisionTitleEn: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "matters.escalate": {
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
                    direction: "up" | "down";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        titleZh: string;
                        titleEn: string;
                        descriptionZh: string;
                        descriptionEn: string;
                        raisedByMemberCode: string | null;
                        raisedByBodyCode: string | null;
                        focusAreaId: string | null;
                        /** @enum {string} */
                        urgency: "high" | "normal" | "low";
                        /** @enum {string} */
                        tier: "execution" | "coordination" | "decision";
                        /** @enum {string} */
                        status: "open" | "resolved" | "withdrawn";
                        deadlines: {
                            execution: string | null;
                            coordination: string | null;
                            decision: string | null;
                        };
                        resolvedByDecisionId: string | null;
                        /** Format: date-time */
                        raisedAt: string;
                        isDemo: boolean;
                        version: number;
                        /** @description Members party to the matter: the one that raised it and those affected */
                        memberCodes: string[];
                        timeline: {
                            kind: string;
                            fromTier: string | null;
                            toTier: string | null;
                            reason: string;
                            decisionId: string | null;
                            actorUsername: string;
                            /** Format: date-time */
                            occurredAt: string;
                            actorDisplayName: string | null;
                            decisionTitleZh: string | null;
                            decisionTitleEn: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "matters.recordCoordination": {
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
                    note: string;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        titleZh: string;
                        titleEn: string;
                        descriptionZh: string;
                        descriptionEn: string;
                        raisedByMemberCode: string | null;
                        raisedByBodyCode: string | null;
                        focusAreaId: string | null;
                        /** @enum {string} */
                        urgency: "high" | "normal" | "low";
                        /** @enum {string} */
                        tier: "execution" | "coordination" | "decision";
                        /** @enum {string} */
                        status: "open" | "resolved" | "withdrawn";
                        deadlines: {
                            execution: string | null;
                            coordination: string | null;
                            decision: string | null;
                        };
                        resolvedByDecisionId: string | null;
                        /** Format: date-time */
                        raisedAt: string;
                        isDemo: boolean;
                        version: number;
                        /** @description Members party to the matter: the one that raised it and those affected */
                        memberCodes: string[];
                        timeline: {
                            kind: string;
                            fromTier: string | null;
                            toTier: string | null;
                            reason: string;
                            decisionId: string | null;
                            actorUsername: string;
                            /** Format: date-time */
                            occurredAt: string;
                            actorDisplayName: string | null;
                            decisionTitleZh: string | null;
                            decisionTitleEn: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "matters.withdraw": {
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
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        titleZh: string;
                        titleEn: string;
                        descriptionZh: string;
                        descriptionEn: string;
                        raisedByMemberCode: string | null;
                        raisedByBodyCode: string | null;
                        focusAreaId: string | null;
                        /** @enum {string} */
                        urgency: "high" | "normal" | "low";
                        /** @enum {string} */
                        tier: "execution" | "coordination" | "decision";
                        /** @enum {string} */
                        status: "open" | "resolved" | "withdrawn";
                        deadlines: {
                            execution: string | null;
                            coordination: string | null;
                            decision: string | null;
                        };
                        resolvedByDecisionId: string | null;
                        /** Format: date-time */
                        raisedAt: string;
                        isDemo: boolean;
                        version: number;
                        /** @description Members party to the matter: the one that raised it and those affected */
                        memberCodes: string[];
                        timeline: {
                            kind: string;
                            fromTier: string | null;
                            toTier: string | null;
                            reason: string;
                            decisionId: string | null;
                            actorUsername: string;
                            /** Format: date-time */
                            occurredAt: string;
                            actorDisplayName: string | null;
                            decisionTitleZh: string | null;
                            decisionTitleEn: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "agreements.list": {
        parameters: {
            query?: {
                status?: "draft" | "signed" | "in_force" | "expired" | "terminated";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Agreements, newest first; cursor-paged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                            meetingId: string | null;
                            signedOn: string | null;
                            termStart: string | null;
                            termEnd: string | null;
                            /** @enum {string} */
                            status: "draft" | "signed" | "in_force" | "expired" | "terminated";
                            expiryAlertSentAt: string | null;
                            isDemo: boolean;
                            version: number;
                            parties: {
                                memberCode: string | null;
                                bodyCode: string | null;
                            }[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "agreements.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    titleZh: string;
                    titleEn?: string;
                    meetingId?: string | null;
                    signedOn?: string | null;
                    termStart?: string | null;
                    termEnd?: string | null;
                    /** @enum {string} */
                    status?: "draft" | "signed" | "in_force";
                    parties: {
                        memberCode?: string | null;
                        bodyCode?: string | null;
                    }[];
                    clauses?: {
                        textZh: string;
                        textEn?: string;
                        taskIds?: string[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "agreements.export": {
        parameters: {
            query?: {
                status?: "draft" | "signed" | "in_force" | "expired" | "terminated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "agreements.get": {
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
            /** @description An agreement with its parties and clauses (with the state of their tasks) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        titleZh: string;
                        titleEn: string;
                        meetingId: string | null;
                        signedOn: string | null;
                        termStart: string | null;
                        termEnd: string | null;
                        /** @enum {string} */
                        status: "draft" | "signed" | "in_force" | "expired" | "terminated";
                        expiryAlertSentAt: string | null;
                        isDemo: boolean;
                        version: number;
                        parties: {
                            memberCode: string | null;
                            bodyCode: string | null;
                        }[];
                        clauses: {
                            /** Format: uuid */
                            id: string;
                            textZh: string;
                            textEn: string;
                            tasks: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                titleZh: string;
                                titleEn: string;
                                status: string;
                                progress: number;
                            }[];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "agreements.transition": {
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
                    to: "draft" | "signed" | "in_force" | "expired" | "terminated";
                    version: number;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        titleZh: string;
                        titleEn: string;
                        meetingId: string | null;
                        signedOn: string | null;
                        termStart: string | null;
                        termEnd: string | null;
                        /** @enum {string} */
                        status: "draft" | "signed" | "in_force" | "expired" | "terminated";
                        expiryAlertSentAt: string | null;
                        isDemo: boolean;
                        version: number;
                        parties: {
                            memberCode: string | null;
                            bodyCode: string | null;
                        }[];
                        clauses: {
                            /** Format: uuid */
                            id: string;
                            textZh: string;
                            textEn: string;
                            tasks: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                titleZh: string;
                                titleEn: string;
                                status: string;
                                progress: number;
                            }[];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "calendar.publishedFeed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The iCalendar feed (RFC 5545). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "calendar.userFeed": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The iCalendar feed (RFC 5545). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "calendar.rotateToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        path: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "documents.listForMeeting": {
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
            /** @description The documents of a meeting, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            meetingId: string | null;
                            agreementId: string | null;
                            projectId: string | null;
                            titleZh: string;
                            titleEn: string;
                            fileName: string;
                            contentType: string;
                            sizeBytes: number;
                            sha256: string;
                            uploadedBy: string | null;
                            /** Format: date-time */
                            uploadedAt: string;
                            isDemo: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "documents.attachToMeeting": {
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
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file (one per request)
                     */
                    file: string;
                } & {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        meetingId: string | null;
                        agreementId: string | null;
                        projectId: string | null;
                        titleZh: string;
                        titleEn: string;
                        fileName: string;
                        contentType: string;
                        sizeBytes: number;
                        sha256: string;
                        uploadedBy: string | null;
                        /** Format: date-time */
                        uploadedAt: string;
                        isDemo: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "documents.listForAgreement": {
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
            /** @description The documents of a agreement, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            meetingId: string | null;
                            agreementId: string | null;
                            projectId: string | null;
                            titleZh: string;
                            titleEn: string;
                            fileName: string;
                            contentType: string;
                            sizeBytes: number;
                            sha256: string;
                            uploadedBy: string | null;
                            /** Format: date-time */
                            uploadedAt: string;
                            isDemo: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "documents.attachToAgreement": {
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
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file (one per request)
                     */
                    file: string;
                } & {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        meetingId: string | null;
                        agreementId: string | null;
                        projectId: string | null;
                        titleZh: string;
                        titleEn: string;
                        fileName: string;
                        contentType: string;
                        sizeBytes: number;
                        sha256: string;
                        uploadedBy: string | null;
                        /** Format: date-time */
                        uploadedAt: string;
                        isDemo: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "documents.listForProject": {
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
            /** @description The documents of a project, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            meetingId: string | null;
                            agreementId: string | null;
                            projectId: string | null;
                            titleZh: string;
                            titleEn: string;
                            fileName: string;
                            contentType: string;
                            sizeBytes: number;
                            sha256: string;
                            uploadedBy: string | null;
                            /** Format: date-time */
                            uploadedAt: string;
                            isDemo: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "documents.attachToProject": {
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
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file (one per request)
                     */
                    file: string;
                } & {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        meetingId: string | null;
                        agreementId: string | null;
                        projectId: string | null;
                        titleZh: string;
                        titleEn: string;
                        fileName: string;
                        contentType: string;
                        sizeBytes: number;
                        sha256: string;
                        uploadedBy: string | null;
                        /** Format: date-time */
                        uploadedAt: string;
                        isDemo: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "documents.download": {
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
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "documents.delete": {
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
            /** @description Removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "indicators.list": {
        parameters: {
            query?: {
                level?: "region" | "member" | "city";
                focusArea?: string;
                status?: "active" | "retired";
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Indicators (active and retired), by focus area and code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            nameZh: string;
                            nameEn: string;
                            definitionZh: string;
                            definitionEn: string;
                            unitZh: string;
                            unitEn: string;
                            /** @enum {string} */
                            valueKind: "percent" | "integer" | "decimal";
                            minValue: number | null;
                            maxValue: number | null;
                            focusAreaCode: string | null;
                            /** @enum {string} */
                            direction: "higher" | "lower";
                            /** @enum {string} */
                            level: "region" | "member" | "city";
                            /** @enum {string} */
                            frequency: "monthly" | "quarterly" | "yearly";
                            sourceOrgZh: string;
                            sourceOrgEn: string;
                            methodNotesZh: string;
                            methodNotesEn: string;
                            /** @enum {string} */
                            status: "active" | "retired";
                            retiredAt: string | null;
                            isDemo: boolean;
                            version: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "indicators.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description e.g. GDP_PC: an upper-case letter, then 1–39 upper-case letters, digits or _ */
                    code: string;
                    /** @enum {string} */
                    level: "region" | "member" | "city";
                    /** @enum {string} */
                    frequency: "monthly" | "quarterly" | "yearly";
                    nameZh: string;
                    /** @enum {string} */
                    valueKind: "percent" | "integer" | "decimal";
                    /** @enum {string} */
                    direction: "higher" | "lower";
                    nameEn?: string;
                    definitionZh?: string;
                    definitionEn?: string;
                    unitZh?: string;
                    unitEn?: string;
                    minValue?: number | null;
                    maxValue?: number | null;
                    focusAreaCode?: string | null;
                    sourceOrgZh?: string;
                    sourceOrgEn?: string;
                    methodNotesZh?: string;
                    methodNotesEn?: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "indicators.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. GDP_PC: an upper-case letter, then 1–39 upper-case letters, digits or _ */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An indicator with its targets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        nameZh: string;
                        nameEn: string;
                        definitionZh: string;
                        definitionEn: string;
                        unitZh: string;
                        unitEn: string;
                        /** @enum {string} */
                        valueKind: "percent" | "integer" | "decimal";
                        minValue: number | null;
                        maxValue: number | null;
                        focusAreaCode: string | null;
                        /** @enum {string} */
                        direction: "higher" | "lower";
                        /** @enum {string} */
                        level: "region" | "member" | "city";
                        /** @enum {string} */
                        frequency: "monthly" | "quarterly" | "yearly";
                        sourceOrgZh: string;
                        sourceOrgEn: string;
                        methodNotesZh: string;
                        methodNotesEn: string;
                        /** @enum {string} */
                        status: "active" | "retired";
                        retiredAt: string | null;
                        isDemo: boolean;
                        version: number;
                        targets: {
                            scopeCode: string;
                            year: number;
                            value: number;
                            planId: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "indicators.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. GDP_PC: an upper-case letter, then 1–39 upper-case letters, digits or _ */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    nameZh?: string;
                    nameEn?: string;
                    definitionZh?: string;
                    definitionEn?: string;
                    unitZh?: string;
                    unitEn?: string;
                    /** @enum {string} */
                    valueKind?: "percent" | "integer" | "decimal";
                    minValue?: number | null;
                    maxValue?: number | null;
                    focusAreaCode?: string | null;
                    /** @enum {string} */
                    direction?: "higher" | "lower";
                    sourceOrgZh?: string;
                    sourceOrgEn?: string;
                    methodNotesZh?: string;
                    methodNotesEn?: string;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        nameZh: string;
                        nameEn: string;
                        definitionZh: string;
                        definitionEn: string;
                        unitZh: string;
                        unitEn: string;
                        /** @enum {string} */
                        valueKind: "percent" | "integer" | "decimal";
                        minValue: number | null;
                        maxValue: number | null;
                        focusAreaCode: string | null;
                        /** @enum {string} */
                        direction: "higher" | "lower";
                        /** @enum {string} */
                        level: "region" | "member" | "city";
                        /** @enum {string} */
                        frequency: "monthly" | "quarterly" | "yearly";
                        sourceOrgZh: string;
                        sourceOrgEn: string;
                        methodNotesZh: string;
                        methodNotesEn: string;
                        /** @enum {string} */
                        status: "active" | "retired";
                        retiredAt: string | null;
                        isDemo: boolean;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "indicators.retire": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. GDP_PC: an upper-case letter, then 1–39 upper-case letters, digits or _ */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        nameZh: string;
                        nameEn: string;
                        definitionZh: string;
                        definitionEn: string;
                        unitZh: string;
                        unitEn: string;
                        /** @enum {string} */
                        valueKind: "percent" | "integer" | "decimal";
                        minValue: number | null;
                        maxValue: number | null;
                        focusAreaCode: string | null;
                        /** @enum {string} */
                        direction: "higher" | "lower";
                        /** @enum {string} */
                        level: "region" | "member" | "city";
                        /** @enum {string} */
                        frequency: "monthly" | "quarterly" | "yearly";
                        sourceOrgZh: string;
                        sourceOrgEn: string;
                        methodNotesZh: string;
                        methodNotesEn: string;
                        /** @enum {string} */
                        status: "active" | "retired";
                        retiredAt: string | null;
                        isDemo: boolean;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "indicators.setTargets": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. GDP_PC: an upper-case letter, then 1–39 upper-case letters, digits or _ */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        /** @description 'region', a member code or a city code */
                        scopeCode: string;
                        year: number;
                        value: number;
                        planId?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        nameZh: string;
                        nameEn: string;
                        definitionZh: string;
                        definitionEn: string;
                        unitZh: string;
                        unitEn: string;
                        /** @enum {string} */
                        valueKind: "percent" | "integer" | "decimal";
                        minValue: number | null;
                        maxValue: number | null;
                        focusAreaCode: string | null;
                        /** @enum {string} */
                        direction: "higher" | "lower";
                        /** @enum {string} */
                        level: "region" | "member" | "city";
                        /** @enum {string} */
                        frequency: "monthly" | "quarterly" | "yearly";
                        sourceOrgZh: string;
                        sourceOrgEn: string;
                        methodNotesZh: string;
                        methodNotesEn: string;
                        /** @enum {string} */
                        status: "active" | "retired";
                        retiredAt: string | null;
                        isDemo: boolean;
                        version: number;
                        targets: {
                            scopeCode: string;
                            year: number;
                            value: number;
                            planId: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "indicators.series": {
        parameters: {
            query?: {
                /** @description Repeat for several: ?scope=320000&scope=330000. Default: every scope of the indicator's level */
                scope?: string[];
                from?: number;
                to?: number;
                /** @description latest: the current value; first: the value as first published */
                view?: "latest" | "first";
            };
            header?: never;
            path: {
                /** @description e.g. GDP_PC: an upper-case letter, then 1–39 upper-case letters, digits or _ */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Values over time per scope (latest, or as first published) with the targets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        indicator: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            nameZh: string;
                            nameEn: string;
                            definitionZh: string;
                            definitionEn: string;
                            unitZh: string;
                            unitEn: string;
                            /** @enum {string} */
                            valueKind: "percent" | "integer" | "decimal";
                            minValue: number | null;
                            maxValue: number | null;
                            focusAreaCode: string | null;
                            /** @enum {string} */
                            direction: "higher" | "lower";
                            /** @enum {string} */
                            level: "region" | "member" | "city";
                            /** @enum {string} */
                            frequency: "monthly" | "quarterly" | "yearly";
                            sourceOrgZh: string;
                            sourceOrgEn: string;
                            methodNotesZh: string;
                            methodNotesEn: string;
                            /** @enum {string} */
                            status: "active" | "retired";
                            retiredAt: string | null;
                            isDemo: boolean;
                            version: number;
                        };
                        series: {
                            scopeCode: string;
                            /** @description As stored: '2024', '2024-Q1' or '2024-03', oldest first */
                            periods: string[];
                            /** @description The value of each period in the view asked for (latest, or as first published) */
                            values: number[];
                            /** @description view=latest only, and only when some value of this scope was revised: each period as first published */
                            firstValues?: number[];
                            statuses: ("provisional" | "final")[];
                            /** @description Some value of this scope is demo data */
                            isDemo: boolean;
                        }[];
                        targets: {
                            scopeCode: string;
                            year: number;
                            value: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "indicators.map": {
        parameters: {
            query?: {
                year?: number;
                /** @description latest: the current value; first: the value as first published */
                view?: "latest" | "first";
            };
            header?: never;
            path: {
                /** @description e.g. GDP_PC: an upper-case letter, then 1–39 upper-case letters, digits or _ */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A city-level indicator's value per city for a year (monthly/quarterly: the year's last period with a value) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        indicator: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            nameZh: string;
                            nameEn: string;
                            definitionZh: string;
                            definitionEn: string;
                            unitZh: string;
                            unitEn: string;
                            /** @enum {string} */
                            valueKind: "percent" | "integer" | "decimal";
                            minValue: number | null;
                            maxValue: number | null;
                            focusAreaCode: string | null;
                            /** @enum {string} */
                            direction: "higher" | "lower";
                            /** @enum {string} */
                            level: "region" | "member" | "city";
                            /** @enum {string} */
                            frequency: "monthly" | "quarterly" | "yearly";
                            sourceOrgZh: string;
                            sourceOrgEn: string;
                            methodNotesZh: string;
                            methodNotesEn: string;
                            /** @enum {string} */
                            status: "active" | "retired";
                            retiredAt: string | null;
                            isDemo: boolean;
                            version: number;
                        };
                        year: number | null;
                        items: {
                            cityCode: string;
                            memberCode: string;
                            period: string;
                            value: number;
                            /** @enum {string} */
                            status: "provisional" | "final";
                            isDemo: boolean;
                            /** Format: uuid */
                            observationId: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "indicators.listObservations": {
        parameters: {
            query?: {
                /** @description e.g. GDP_PC: an upper-case letter, then 1–39 upper-case letters, digits or _ */
                indicator?: string;
                /** @description 'region', a member code or a city code */
                scope?: string;
                /** @description GB/T 2260 code */
                member?: string;
                year?: number;
                status?: "provisional" | "final";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Observations, newest period first; filter by indicator code, scope, member, year, status; cursor-paged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            indicatorCode: string;
                            scopeCode: string;
                            memberCode: string | null;
                            cityCode: string | null;
                            period: string;
                            year: number;
                            value: number;
                            firstValue: number;
                            /** @enum {string} */
                            status: "provisional" | "final";
                            source: string;
                            note: string;
                            revision: number;
                            isDemo: boolean;
                            version: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "indicators.createObservation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description e.g. GDP_PC: an upper-case letter, then 1–39 upper-case letters, digits or _ */
                    indicatorCode: string;
                    /** @description 'region', a member code or a city code */
                    scopeCode: string;
                    /** @description '2024' (yearly), '2024-Q1' (quarterly) or '2024-03' (monthly), by the indicator's frequency */
                    period: string;
                    value: number;
                    memberCode?: string | null;
                    source?: string;
                    note?: string;
                    /** @enum {string} */
                    status?: "provisional" | "final";
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        indicatorCode: string;
                        scopeCode: string;
                        memberCode: string | null;
                        cityCode: string | null;
                        period: string;
                        year: number;
                        value: number;
                        firstValue: number;
                        /** @enum {string} */
                        status: "provisional" | "final";
                        source: string;
                        note: string;
                        revision: number;
                        isDemo: boolean;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                        revisions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            observationId: string;
                            revision: number;
                            value: number;
                            /** @enum {string} */
                            status: "provisional" | "final";
                            source: string;
                            note: string;
                            reason: string;
                            changedBy: string | null;
                            changedByName: string;
                            tokenId: string | null;
                            /** Format: date-time */
                            changedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "indicators.getObservation": {
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
            /** @description An observation with its revisions (revision 1 = as first published) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        indicatorCode: string;
                        scopeCode: string;
                        memberCode: string | null;
                        cityCode: string | null;
                        period: string;
                        year: number;
                        value: number;
                        firstValue: number;
                        /** @enum {string} */
                        status: "provisional" | "final";
                        source: string;
                        note: string;
                        revision: number;
                        isDemo: boolean;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                        revisions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            observationId: string;
                            revision: number;
                            value: number;
                            /** @enum {string} */
                            status: "provisional" | "final";
                            source: string;
                            note: string;
                            reason: string;
                            changedBy: string | null;
                            changedByName: string;
                            tokenId: string | null;
                            /** Format: date-time */
                            changedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "indicators.updateObservation": {
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
                    value: number;
                    reason: string;
                    source?: string;
                    note?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        indicatorCode: string;
                        scopeCode: string;
                        memberCode: string | null;
                        cityCode: string | null;
                        period: string;
                        year: number;
                        value: number;
                        firstValue: number;
                        /** @enum {string} */
                        status: "provisional" | "final";
                        source: string;
                        note: string;
                        revision: number;
                        isDemo: boolean;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                        revisions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            observationId: string;
                            revision: number;
                            value: number;
                            /** @enum {string} */
                            status: "provisional" | "final";
                            source: string;
                            note: string;
                            reason: string;
                            changedBy: string | null;
                            changedByName: string;
                            tokenId: string | null;
                            /** Format: date-time */
                            changedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "indicators.confirmObservation": {
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
                    version: number;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        indicatorCode: string;
                        scopeCode: string;
                        memberCode: string | null;
                        cityCode: string | null;
                        period: string;
                        year: number;
                        value: number;
                        firstValue: number;
                        /** @enum {string} */
                        status: "provisional" | "final";
                        source: string;
                        note: string;
                        revision: number;
                        isDemo: boolean;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                        revisions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            observationId: string;
                            revision: number;
                            value: number;
                            /** @enum {string} */
                            status: "provisional" | "final";
                            source: string;
                            note: string;
                            reason: string;
                            changedBy: string | null;
                            changedByName: string;
                            tokenId: string | null;
                            /** Format: date-time */
                            changedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "indicators.observationsTemplate": {
        parameters: {
            query: {
                /** @description Indicator codes, comma-separated */
                codes: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "indicators.importObservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The file itself */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        totalRows: number;
                        created: number;
                        revised: number;
                        unchanged: number;
                    };
                };
            };
            /** @description Accepted: continues as a background job; poll the address in the answer. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        importId: string;
                        /** @enum {string} */
                        state: "queued";
                        totalRows: number;
                        statusUrl: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "indicators.observationImportStatus": {
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
            /** @description State and progress of a background observation import (its uploader or the Office), and its result or row errors when finished */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        state: "queued" | "validating" | "importing" | "done" | "failed";
                        totalRows: number;
                        processedRows: number;
                        /** @description Percent: checking the rows is the first half, writing them the second */
                        progress: number;
                        createdBy: string;
                        /** Format: date-time */
                        createdAt: string;
                        finishedAt: string | null;
                        result: {
                            totalRows: number;
                            created: number;
                            revised: number;
                            unchanged: number;
                        } | null;
                        error: {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            } | null;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "todo.list": {
        parameters: {
            query?: {
                kind?: "report_due" | "report_returned" | "report_review" | "minutes_approve" | "minutes_finalise" | "matter_overdue" | "flag";
                /** @description With kind only: the next page of that kind */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your to-do queue (待办): reports due or returned for your shares, reports to review, minutes to approve or finalise, matters past their deadline, open flags — most urgent first, each linking to the exact item, with counts per kind (the menu badge); ?kind= pages through one kind */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            kind: "report_due" | "report_returned" | "report_review" | "minutes_approve" | "minutes_finalise" | "matter_overdue" | "flag";
                            key: string;
                            /** Format: uuid */
                            recordId: string;
                            taskId: string | null;
                            shareId: string | null;
                            reportId: string | null;
                            titleZh: string;
                            titleEn: string;
                            code: string | null;
                            memberCode: string | null;
                            period: string | null;
                            revision: number | null;
                            severity: string | null;
                            subkind: string | null;
                            dueDate: string | null;
                            /** Format: date-time */
                            since: string;
                            overdue: boolean;
                            link: string;
                        }[];
                        nextCursor: string | null;
                        counts: {
                            report_due: number;
                            report_returned: number;
                            report_review: number;
                            minutes_approve: number;
                            minutes_finalise: number;
                            matter_overdue: number;
                            flag: number;
                        };
                        total: number;
                        capped: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "todo.listDone": {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What you acted on (已办), newest first, from the audit trail; cursor-paged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            action: "report.submit" | "report.revise" | "report.accept" | "report.return" | "task.share_update" | "meeting.minutes.draft" | "meeting.minutes.approve" | "meeting.minutes.request_change" | "meeting.minutes.finalise" | "matter.raise" | "matter.escalated" | "matter.de_escalated" | "matter.withdraw" | "matter.coordinate" | "decision.record" | "agreement.create";
                            /** Format: date-time */
                            at: string;
                            objectType: string | null;
                            objectId: string | null;
                            titleZh: string | null;
                            titleEn: string | null;
                            code: string | null;
                            period: string | null;
                            link: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "dashboard.summary": {
        parameters: {
            query?: {
                /** @description Calendar year; default: this year in the region's time zone */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The year's headline figures (tasks, reports, matters, decisions), progress by focus area and by member; each figure with the list that shows its records and the rule it counts by */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        /** @description YYYY-MM-DD in the region's time zone (what overdue is measured against) */
                        today: string;
                        tasks: {
                            total: {
                                value: number;
                                /** @description How many of the counted records are demo data */
                                demo: number;
                                /** @description The web list (path and query) that shows exactly the records counted */
                                drill: string;
                                /** @description The same list on the API: its items, followed to the last page, are the figure */
                                api: string;
                            };
                            completed: {
                                value: number;
                                /** @description How many of the counted records are demo data */
                                demo: number;
                                /** @description The web list (path and query) that shows exactly the records counted */
                                drill: string;
                                /** @description The same list on the API: its items, followed to the last page, are the figure */
                                api: string;
                            };
                            onTrack: {
                                value: number;
                                /** @description How many of the counted records are demo data */
                                demo: number;
                                /** @description The web list (path and query) that shows exactly the records counted */
                                drill: string;
                                /** @description The same list on the API: its items, followed to the last page, are the figure */
                                api: string;
                            };
                            behind: {
                                value: number;
                                /** @description How many of the counted records are demo data */
                                demo: number;
                                /** @description The web list (path and query) that shows exactly the records counted */
                                drill: string;
                                /** @description The same list on the API: its items, followed to the last page, are the figure */
                                api: string;
                            };
                            notStarted: {
                                value: number;
                                /** @description How many of the counted records are demo data */
                                demo: number;
                                /** @description The web list (path and query) that shows exactly the records counted */
                                drill: string;
                                /** @description The same list on the API: its items, followed to the last page, are the figure */
                                api: string;
                            };
                            overdue: {
                                value: number;
                                /** @description How many of the counted records are demo data */
                                demo: number;
                                /** @description The web list (path and query) that shows exactly the records counted */
                                drill: string;
                                /** @description The same list on the API: its items, followed to the last page, are the figure */
                                api: string;
                            };
                        };
                        reports: {
                            accepted: {
                                value: number;
                                /** @description How many of the counted records are demo data */
                                demo: number;
                                /** @description The web list (path and query) that shows exactly the records counted */
                                drill: string;
                                /** @description The same list on the API: its items, followed to the last page, are the figure */
                                api: string;
                            };
                            acceptedOnTime: {
                                value: number;
                                /** @description How many of the counted records are demo data */
                                demo: number;
                                /** @description The web list (path and query) that shows exactly the records counted */
                                drill: string;
                                /** @description The same list on the API: its items, followed to the last page, are the figure */
                                api: string;
                            };
                        };
                        matters: {
                            resolved: {
                                value: number;
                                /** @description How many of the counted records are demo data */
                                demo: number;
                                /** @description The web list (path and query) that shows exactly the records counted */
                                drill: string;
                                /** @description The same list on the API: its items, followed to the last page, are the figure */
                                api: string;
                            };
                        };
                        decisions: {
                            total: {
                                value: number;
                                /** @description How many of the counted records are demo data */
                                demo: number;
                                /** @description The web list (path and query) that shows exactly the records counted */
                                drill: string;
                                /** @description The same list on the API: its items, followed to the last page, are the figure */
                                api: string;
                            };
                            implemented: {
                                value: number;
                                /** @description How many of the counted records are demo data */
                                demo: number;
                                /** @description The web list (path and query) that shows exactly the records counted */
                                drill: string;
                                /** @description The same list on the API: its items, followed to the last page, are the figure */
                                api: string;
                            };
                        };
                        byArea: {
                            areaId: string | null;
                            code: string | null;
                            nameZh: string;
                            nameEn: string;
                            total: {
                                value: number;
                                /** @description How many of the counted records are demo data */
                                demo: number;
                                /** @description The web list (path and query) that shows exactly the records counted */
                                drill: string;
                                /** @description The same list on the API: its items, followed to the last page, are the figure */
                                api: string;
                            };
                            meanProgress: number | null;
                            statuses: {
                                /** @enum {string} */
                                status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                                value: number;
                                demo: number;
                                /** @description The web list (path and query) that shows exactly the records counted */
                                drill: string;
                                /** @description The same list on the API: its items, followed to the last page, are the figure */
                                api: string;
                            }[];
                        }[];
                        byMember: {
                            memberCode: string;
                            nameZh: string;
                            nameEn: string;
                            shortZh: string;
                            shortEn: string;
                            total: {
                                value: number;
                                /** @description How many of the counted records are demo data */
                                demo: number;
                                /** @description The web list (path and query) that shows exactly the records counted */
                                drill: string;
                                /** @description The same list on the API: its items, followed to the last page, are the figure */
                                api: string;
                            };
                            meanProgress: number | null;
                            statuses: {
                                /** @enum {string} */
                                status: "not_started" | "on_track" | "at_risk" | "delayed" | "completed";
                                value: number;
                                demo: number;
                                /** @description The web list (path and query) that shows exactly the records counted */
                                drill: string;
                                /** @description The same list on the API: its items, followed to the last page, are the figure */
                                api: string;
                            }[];
                        }[];
                        rules: {
                            tasks: {
                                zh: string;
                                en: string;
                            };
                            reports: {
                                zh: string;
                                en: string;
                            };
                            matters: {
                                zh: string;
                                en: string;
                            };
                            decisions: {
                                zh: string;
                                en: string;
                            };
                            byArea: {
                                zh: string;
                                en: string;
                            };
                            byMember: {
                                zh: string;
                                en: string;
                            };
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "compositeIndex.listIndexMethods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Composite index methods (e.g. the integration index) with their current published version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            nameZh: string;
                            nameEn: string;
                            isDemo: boolean;
                            currentVersion: number | null;
                            latestVersion: number | null;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "compositeIndex.getIndexMethod": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 'YRD_INTEGRATION' */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A method: every version (spec and explanation in both languages), newest first, and the current one */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        nameZh: string;
                        nameEn: string;
                        isDemo: boolean;
                        currentVersion: number | null;
                        latestVersion: number | null;
                        current: {
                            version: number;
                            /** @enum {string} */
                            status: "draft" | "published";
                            spec: {
                                /** @description min–max normalisation: the year whose range across scopes is 0–100 */
                                baseYear: number;
                                /** @enum {string} */
                                normalisation: "minmax_base_year" | "target";
                                /**
                                 * @description 'reweight': drop missing indicators and share their weight; 'zero': count them as 0; 'skip_scope': no value for that scope and year
                                 * @enum {string}
                                 */
                                missing: "reweight" | "zero" | "skip_scope";
                                /**
                                 * @description a monthly or quarterly indicator's value for a year: the mean of its periods, or its last period (default 'last')
                                 * @enum {string}
                                 */
                                aggregate?: "mean" | "last";
                                dimensions: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                    /** @description relative weight, > 0 (shares are weight / sum of weights) */
                                    weight: number;
                                    indicators: {
                                        code: string;
                                        /** @description relative weight, > 0 (shares are weight / sum of weights) */
                                        weight: number;
                                        /**
                                         * @description a monthly or quarterly indicator's value for a year: the mean of its periods, or its last period (default 'last')
                                         * @enum {string}
                                         */
                                        aggregate?: "mean" | "last";
                                    }[];
                                }[];
                            };
                            descriptionZh: string;
                            descriptionEn: string;
                            publishedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                        } | null;
                        versions: {
                            version: number;
                            /** @enum {string} */
                            status: "draft" | "published";
                            spec: {
                                /** @description min–max normalisation: the year whose range across scopes is 0–100 */
                                baseYear: number;
                                /** @enum {string} */
                                normalisation: "minmax_base_year" | "target";
                                /**
                                 * @description 'reweight': drop missing indicators and share their weight; 'zero': count them as 0; 'skip_scope': no value for that scope and year
                                 * @enum {string}
                                 */
                                missing: "reweight" | "zero" | "skip_scope";
                                /**
                                 * @description a monthly or quarterly indicator's value for a year: the mean of its periods, or its last period (default 'last')
                                 * @enum {string}
                                 */
                                aggregate?: "mean" | "last";
                                dimensions: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                    /** @description relative weight, > 0 (shares are weight / sum of weights) */
                                    weight: number;
                                    indicators: {
                                        code: string;
                                        /** @description relative weight, > 0 (shares are weight / sum of weights) */
                                        weight: number;
                                        /**
                                         * @description a monthly or quarterly indicator's value for a year: the mean of its periods, or its last period (default 'last')
                                         * @enum {string}
                                         */
                                        aggregate?: "mean" | "last";
                                    }[];
                                }[];
                            };
                            descriptionZh: string;
                            descriptionEn: string;
                            publishedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "compositeIndex.createVersion": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 'YRD_INTEGRATION' */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description needed when this first version creates the method; renames it otherwise */
                    nameZh?: string;
                    nameEn?: string;
                    /** @description how the method works, for readers (zh-CN) */
                    descriptionZh: string;
                    descriptionEn?: string;
                    spec: {
                        /** @description min–max normalisation: the year whose range across scopes is 0–100 */
                        baseYear: number;
                        /** @enum {string} */
                        normalisation: "minmax_base_year" | "target";
                        /**
                         * @description 'reweight': drop missing indicators and share their weight; 'zero': count them as 0; 'skip_scope': no value for that scope and year
                         * @enum {string}
                         */
                        missing: "reweight" | "zero" | "skip_scope";
                        /**
                         * @description a monthly or quarterly indicator's value for a year: the mean of its periods, or its last period (default 'last')
                         * @enum {string}
                         */
                        aggregate?: "mean" | "last";
                        dimensions: {
                            code: string;
                            nameZh: string;
                            nameEn: string;
                            /** @description relative weight, > 0 (shares are weight / sum of weights) */
                            weight: number;
                            indicators: {
                                code: string;
                                /** @description relative weight, > 0 (shares are weight / sum of weights) */
                                weight: number;
                                /**
                                 * @description a monthly or quarterly indicator's value for a year: the mean of its periods, or its last period (default 'last')
                                 * @enum {string}
                                 */
                                aggregate?: "mean" | "last";
                            }[];
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        status: "draft" | "published";
                        spec: {
                            /** @description min–max normalisation: the year whose range across scopes is 0–100 */
                            baseYear: number;
                            /** @enum {string} */
                            normalisation: "minmax_base_year" | "target";
                            /**
                             * @description 'reweight': drop missing indicators and share their weight; 'zero': count them as 0; 'skip_scope': no value for that scope and year
                             * @enum {string}
                             */
                            missing: "reweight" | "zero" | "skip_scope";
                            /**
                             * @description a monthly or quarterly indicator's value for a year: the mean of its periods, or its last period (default 'last')
                             * @enum {string}
                             */
                            aggregate?: "mean" | "last";
                            dimensions: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                /** @description relative weight, > 0 (shares are weight / sum of weights) */
                                weight: number;
                                indicators: {
                                    code: string;
                                    /** @description relative weight, > 0 (shares are weight / sum of weights) */
                                    weight: number;
                                    /**
                                     * @description a monthly or quarterly indicator's value for a year: the mean of its periods, or its last period (default 'last')
                                     * @enum {string}
                                     */
                                    aggregate?: "mean" | "last";
                                }[];
                            }[];
                        };
                        descriptionZh: string;
                        descriptionEn: string;
                        publishedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "compositeIndex.publishVersion": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 'YRD_INTEGRATION' */
                code: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        status: "draft" | "published";
                        spec: {
                            /** @description min–max normalisation: the year whose range across scopes is 0–100 */
                            baseYear: number;
                            /** @enum {string} */
                            normalisation: "minmax_base_year" | "target";
                            /**
                             * @description 'reweight': drop missing indicators and share their weight; 'zero': count them as 0; 'skip_scope': no value for that scope and year
                             * @enum {string}
                             */
                            missing: "reweight" | "zero" | "skip_scope";
                            /**
                             * @description a monthly or quarterly indicator's value for a year: the mean of its periods, or its last period (default 'last')
                             * @enum {string}
                             */
                            aggregate?: "mean" | "last";
                            dimensions: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                /** @description relative weight, > 0 (shares are weight / sum of weights) */
                                weight: number;
                                indicators: {
                                    code: string;
                                    /** @description relative weight, > 0 (shares are weight / sum of weights) */
                                    weight: number;
                                    /**
                                     * @description a monthly or quarterly indicator's value for a year: the mean of its periods, or its last period (default 'last')
                                     * @enum {string}
                                     */
                                    aggregate?: "mean" | "last";
                                }[];
                            }[];
                        };
                        descriptionZh: string;
                        descriptionEn: string;
                        publishedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "compositeIndex.indexMethodValues": {
        parameters: {
            query?: {
                /** @description default: the current (latest published) version */
                version?: number;
                /** @description 'region' or member codes; repeat for several */
                scope?: string[];
                from?: number;
                to?: number;
                /** @description components: each value with its dimensions, indicators and observation ids (large: ask for one scope and year where possible) */
                include?: "components";
            };
            header?: never;
            path: {
                /** @description e.g. 'YRD_INTEGRATION' */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Index values per scope and year (current version unless ?version=); with ?include=components each also has its dimensions, indicators and the observations behind them */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        method: {
                            code: string;
                            nameZh: string;
                            nameEn: string;
                            isDemo: boolean;
                            currentVersion: number | null;
                            latestVersion: number | null;
                        };
                        version: {
                            version: number;
                            /** @enum {string} */
                            status: "draft" | "published";
                            spec: {
                                /** @description min–max normalisation: the year whose range across scopes is 0–100 */
                                baseYear: number;
                                /** @enum {string} */
                                normalisation: "minmax_base_year" | "target";
                                /**
                                 * @description 'reweight': drop missing indicators and share their weight; 'zero': count them as 0; 'skip_scope': no value for that scope and year
                                 * @enum {string}
                                 */
                                missing: "reweight" | "zero" | "skip_scope";
                                /**
                                 * @description a monthly or quarterly indicator's value for a year: the mean of its periods, or its last period (default 'last')
                                 * @enum {string}
                                 */
                                aggregate?: "mean" | "last";
                                dimensions: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                    /** @description relative weight, > 0 (shares are weight / sum of weights) */
                                    weight: number;
                                    indicators: {
                                        code: string;
                                        /** @description relative weight, > 0 (shares are weight / sum of weights) */
                                        weight: number;
                                        /**
                                         * @description a monthly or quarterly indicator's value for a year: the mean of its periods, or its last period (default 'last')
                                         * @enum {string}
                                         */
                                        aggregate?: "mean" | "last";
                                    }[];
                                }[];
                            };
                            descriptionZh: string;
                            descriptionEn: string;
                            publishedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                        };
                        items: {
                            scopeCode: string;
                            year: number;
                            /** @description 0–100 */
                            value: number;
                            /** Format: date-time */
                            computedAt: string;
                            components?: {
                                dimensionCode: string;
                                value: number | null;
                                /** @description share of the composite here, after reweighting */
                                weight: number;
                                indicators: {
                                    code: string;
                                    /** @description share of its dimension here, after reweighting */
                                    weight: number;
                                    raw: number | null;
                                    normalised: number | null;
                                    /** @description the observations behind the raw value (GET /api/v1/observations/:id) */
                                    observationIds: string[];
                                    target?: number | null;
                                }[];
                            }[];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "compositeIndex.indexMethodRuns": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description e.g. 'YRD_INTEGRATION' */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recomputations of the method, newest first; cursor-paged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            methodVersionId: string;
                            version: number;
                            /** @enum {string} */
                            trigger: "observations" | "manual" | "publish";
                            /** Format: date-time */
                            startedAt: string;
                            /** Format: date-time */
                            finishedAt: string;
                            durationMs: number;
                            /** @enum {string} */
                            status: "succeeded" | "failed";
                            error: string | null;
                            valuesWritten: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "compositeIndex.recomputeIndexMethod": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 'YRD_INTEGRATION' */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: continues as a background job; poll the address in the answer. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jobId: string;
                        /** @description true when a recomputation of this method was already waiting: that job is answered */
                        deduplicated: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "tokens.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API tokens, newest first, with their state and last use (never the secret) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            memberCode: string;
                            indicatorCodes: string[];
                            /** @description The first characters of the secret, to tell tokens apart */
                            prefix: string;
                            /** @enum {string} */
                            state: "active" | "expired" | "revoked";
                            /** Format: date-time */
                            expiresAt: string;
                            revokedAt: string | null;
                            lastUsedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "tokens.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Who uses it, e.g. "江苏省统计局数据接口" */
                    name: string;
                    /** @description GB/T 2260 code */
                    memberCode: string;
                    /** @description Only these indicators; omitted or empty: every indicator */
                    indicatorCodes?: string[];
                    /**
                     * Format: date-time
                     * @description Required; at most two years ahead
                     */
                    expiresAt: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        memberCode: string;
                        indicatorCodes: string[];
                        /** @description The first characters of the secret, to tell tokens apart */
                        prefix: string;
                        /** @enum {string} */
                        state: "active" | "expired" | "revoked";
                        /** Format: date-time */
                        expiresAt: string;
                        revokedAt: string | null;
                        lastUsedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        version: number;
                        /** @description The token itself (yrd_pat_…): shown in this answer only, never again */
                        secret: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "tokens.revoke": {
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
                    version: number;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        memberCode: string;
                        indicatorCodes: string[];
                        /** @description The first characters of the secret, to tell tokens apart */
                        prefix: string;
                        /** @enum {string} */
                        state: "active" | "expired" | "revoked";
                        /** Format: date-time */
                        expiresAt: string;
                        revokedAt: string | null;
                        lastUsedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "tokens.pushObservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        indicatorCode: string;
                        /** @description 'region', a member code or a city code, by the indicator's level */
                        scopeCode: string;
                        /** @description YYYY, YYYY-Qn or YYYY-MM by the frequency */
                        period: string;
                        value: number;
                        source?: string;
                        note?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        revised: number;
                        unchanged: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "search.search": {
        parameters: {
            query: {
                /** @description Part of a title (Chinese or English) or a code; case does not matter */
                q: string;
                /** @description Only these kinds (repeat the parameter); default all the caller may read */
                kinds?: ("task" | "plan" | "meeting" | "decision" | "agreement" | "matter" | "document" | "service" | "project" | "risk")[];
                /** @description At most this many results of each kind */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Find tasks, plans, meetings, decisions, agreements, matters and documents by a part of their title (Chinese or English) or code; only kinds the caller may read */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            kind: "task" | "plan" | "meeting" | "decision" | "agreement" | "matter" | "document" | "service" | "project" | "risk";
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                            code: string | null;
                            status: string | null;
                            isDemo: boolean;
                            /** @description Path of the record in the web UI */
                            link: string;
                        }[];
                        kinds: ("task" | "plan" | "meeting" | "decision" | "agreement" | "matter" | "document" | "service" | "project" | "risk")[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "services.list": {
        parameters: {
            query?: {
                category?: "employment" | "medical_insurance" | "social_security" | "pension" | "government_services" | "transport" | "education" | "other";
                /** @description Part of the code or a name */
                q?: string;
                /** @description GB/T 2260 code */
                memberCode?: string;
                status?: "planned" | "pilot" | "available" | "suspended";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shared public services catalogue, by category and code; filters: category, text, a member’s availability status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            nameZh: string;
                            nameEn: string;
                            /** @enum {string} */
                            category: "employment" | "medical_insurance" | "social_security" | "pension" | "government_services" | "transport" | "education" | "other";
                            legalBasisZh: string;
                            legalBasisEn: string;
                            isDemo: boolean;
                            version: number;
                            bodies: {
                                memberCode: string;
                                bodyCode: string;
                            }[];
                            availability: {
                                memberCode: string;
                                /** @enum {string} */
                                status: "planned" | "pilot" | "available" | "suspended";
                                since: string | null;
                                channels: ("online" | "app" | "counter")[];
                                allCities: boolean;
                                cityCodes: string[];
                                note: string;
                                isDemo: boolean;
                                version: number;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "services.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description e.g. MED-SETTLE: an upper-case letter, then 1–39 upper-case letters, digits, _ or - */
                    code: string;
                    nameZh: string;
                    nameEn?: string;
                    /** @enum {string} */
                    category: "employment" | "medical_insurance" | "social_security" | "pension" | "government_services" | "transport" | "education" | "other";
                    legalBasisZh?: string;
                    legalBasisEn?: string;
                    /** @description The responsible body of each member: a body of that member */
                    bodies?: {
                        /** @description GB/T 2260 code */
                        memberCode: string;
                        bodyCode: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "services.matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Service × member at a glance: each member’s availability status, channels and coverage, and each service’s usage over the last 12 months */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        members: {
                            code: string;
                            nameZh: string;
                            nameEn: string;
                        }[];
                        /** @description The window of usageRecent: the last 12 months up to the current one */
                        recentMonths: {
                            from: string;
                            to: string;
                            description?: string;
                        };
                        rows: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            nameZh: string;
                            nameEn: string;
                            /** @enum {string} */
                            category: "employment" | "medical_insurance" | "social_security" | "pension" | "government_services" | "transport" | "education" | "other";
                            isDemo: boolean;
                            /** @description Usage summed over recentMonths, every origin and destination */
                            usageRecent: number;
                            cells: {
                                memberCode: string;
                                status: ("planned" | "pilot" | "available" | "suspended") | null;
                                channels: ("online" | "app" | "counter")[];
                                allCities: boolean;
                                cityCount: number;
                                since: string | null;
                            }[];
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "services.exportCatalogue": {
        parameters: {
            query?: {
                category?: "employment" | "medical_insurance" | "social_security" | "pension" | "government_services" | "transport" | "education" | "other";
                /** @description Part of the code or a name */
                q?: string;
                /** @description GB/T 2260 code */
                memberCode?: string;
                status?: "planned" | "pilot" | "available" | "suspended";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "services.get": {
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
            /** @description A service with its responsible bodies, availability per member and declared usage indicators */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        nameZh: string;
                        nameEn: string;
                        /** @enum {string} */
                        category: "employment" | "medical_insurance" | "social_security" | "pension" | "government_services" | "transport" | "education" | "other";
                        legalBasisZh: string;
                        legalBasisEn: string;
                        isDemo: boolean;
                        version: number;
                        bodies: {
                            memberCode: string;
                            bodyCode: string;
                        }[];
                        availability: {
                            memberCode: string;
                            /** @enum {string} */
                            status: "planned" | "pilot" | "available" | "suspended";
                            since: string | null;
                            channels: ("online" | "app" | "counter")[];
                            allCities: boolean;
                            cityCodes: string[];
                            note: string;
                            isDemo: boolean;
                            version: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        indicators: {
                            /** @enum {string} */
                            basis: "origin" | "destination" | "total";
                            code: string;
                            nameZh: string;
                            nameEn: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "services.update": {
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
                    nameZh?: string;
                    nameEn?: string;
                    /** @enum {string} */
                    category?: "employment" | "medical_insurance" | "social_security" | "pension" | "government_services" | "transport" | "education" | "other";
                    legalBasisZh?: string;
                    legalBasisEn?: string;
                    /** @description The responsible body of each member: a body of that member */
                    bodies?: {
                        /** @description GB/T 2260 code */
                        memberCode: string;
                        bodyCode: string;
                    }[];
                    version: number;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        nameZh: string;
                        nameEn: string;
                        /** @enum {string} */
                        category: "employment" | "medical_insurance" | "social_security" | "pension" | "government_services" | "transport" | "education" | "other";
                        legalBasisZh: string;
                        legalBasisEn: string;
                        isDemo: boolean;
                        version: number;
                        bodies: {
                            memberCode: string;
                            bodyCode: string;
                        }[];
                        availability: {
                            memberCode: string;
                            /** @enum {string} */
                            status: "planned" | "pilot" | "available" | "suspended";
                            since: string | null;
                            channels: ("online" | "app" | "counter")[];
                            allCities: boolean;
                            cityCodes: string[];
                            note: string;
                            isDemo: boolean;
                            version: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        indicators: {
                            /** @enum {string} */
                            basis: "origin" | "destination" | "total";
                            code: string;
                            nameZh: string;
                            nameEn: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "services.putAvailability": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description GB/T 2260 code */
                memberCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "planned" | "pilot" | "available" | "suspended";
                    since?: string | null;
                    channels: ("online" | "app" | "counter")[];
                    allCities: boolean;
                    /** @description City codes of this member (only when allCities is false) */
                    cityCodes?: string[];
                    note?: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        memberCode: string;
                        /** @enum {string} */
                        status: "planned" | "pilot" | "available" | "suspended";
                        since: string | null;
                        channels: ("online" | "app" | "counter")[];
                        allCities: boolean;
                        cityCodes: string[];
                        note: string;
                        isDemo: boolean;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "services.availabilityHistory": {
        parameters: {
            query?: {
                /** @description GB/T 2260 code */
                memberCode?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every change of the service’s availability (append-only), newest first; optionally of one member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            memberCode: string;
                            revision: number;
                            /** @enum {string} */
                            status: "planned" | "pilot" | "available" | "suspended";
                            since: string | null;
                            channels: ("online" | "app" | "counter")[];
                            allCities: boolean;
                            cityCodes: string[];
                            note: string;
                            isDemo: boolean;
                            changedByName: string;
                            /** Format: date-time */
                            changedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "services.usageRows": {
        parameters: {
            query?: {
                /** @description YYYY-MM */
                from?: string;
                /** @description YYYY-MM */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The usage rows (origin member × destination member × month) of a service over a range of months */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            originMemberCode: string;
                            destinationMemberCode: string;
                            month: string;
                            count: number;
                            isDemo: boolean;
                            version: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "services.putUsage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description GB/T 2260 code */
                origin: string;
                /** @description GB/T 2260 code */
                destination: string;
                /** @description YYYY-MM */
                month: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    count: number;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        originMemberCode: string;
                        destinationMemberCode: string;
                        month: string;
                        count: number;
                        isDemo: boolean;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "services.usageMatrix": {
        parameters: {
            query?: {
                /** @description YYYY-MM */
                from?: string;
                /** @description YYYY-MM */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Origin → destination sums over a range of months, with totals per origin, per destination and overall (sums of the same rows) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string | null;
                        to: string | null;
                        members: string[];
                        cells: {
                            originMemberCode: string;
                            destinationMemberCode: string;
                            count: number;
                        }[];
                        originTotals: {
                            memberCode: string;
                            count: number;
                        }[];
                        destinationTotals: {
                            memberCode: string;
                            count: number;
                        }[];
                        total: number;
                        /** @description Some of the figures are demo data */
                        isDemo: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "services.usageTrend": {
        parameters: {
            query?: {
                /** @description YYYY-MM */
                from?: string;
                /** @description YYYY-MM */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Monthly usage of a service: the total and each origin member’s part */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            month: string;
                            count: number;
                        }[];
                        byOrigin: {
                            memberCode: string;
                            items: {
                                month: string;
                                count: number;
                            }[];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "services.declareIndicator": {
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
                    basis: "origin" | "destination" | "total";
                    /** @description e.g. GDP_PC: an upper-case letter, then 1–39 upper-case letters, digits or _ */
                    code: string;
                    nameZh?: string;
                    nameEn?: string;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** @enum {string} */
                        basis: "origin" | "destination" | "total";
                        created: boolean;
                        observations: {
                            created: number;
                            revised: number;
                            unchanged: number;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "services.usageTemplate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "services.importUsage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The file itself */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        totalRows: number;
                        created: number;
                        updated: number;
                        unchanged: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "risks.list": {
        parameters: {
            query?: {
                area?: "industry_supply_chain" | "finance" | "energy" | "food" | "urban_governance" | "ecology" | "public_health";
                status?: "open" | "mitigated" | "closed";
                /** @description GB/T 2260 code */
                member?: string;
                /** @description Part of the code or title */
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The joint risk register in code order, filtered by area, status, owner member or text; cursor-paged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            titleZh: string;
                            titleEn: string;
                            descriptionZh: string;
                            descriptionEn: string;
                            /** @enum {string} */
                            area: "industry_supply_chain" | "finance" | "energy" | "food" | "urban_governance" | "ecology" | "public_health";
                            likelihood: number;
                            impact: number;
                            score: number;
                            ownerMemberCodes: string[];
                            reviewDate: string | null;
                            /** @enum {string} */
                            status: "open" | "mitigated" | "closed";
                            isDemo: boolean;
                            version: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "risks.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description e.g. RISK-ENERGY-01 */
                    code: string;
                    titleZh: string;
                    titleEn?: string;
                    descriptionZh?: string;
                    descriptionEn?: string;
                    /** @enum {string} */
                    area: "industry_supply_chain" | "finance" | "energy" | "food" | "urban_governance" | "ecology" | "public_health";
                    likelihood: number;
                    impact: number;
                    ownerMemberCodes: string[];
                    reviewDate?: string | null;
                    /** @enum {string} */
                    status?: "open" | "mitigated" | "closed";
                    measures?: {
                        taskId?: string | null;
                        clauseId?: string | null;
                        textZh?: string;
                        textEn?: string;
                    }[];
                    /** @description Why: kept with the assessment */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "risks.heatmap": {
        parameters: {
            query?: {
                area?: "industry_supply_chain" | "finance" | "energy" | "food" | "urban_governance" | "ecology" | "public_health";
                status?: "open" | "mitigated" | "closed";
                /** @description GB/T 2260 code */
                member?: string;
                /** @description Part of the code or title */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Risks per likelihood × impact cell (5×5), with the same filters as the register */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cells: {
                            likelihood: number;
                            impact: number;
                            count: number;
                        }[];
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "risks.export": {
        parameters: {
            query?: {
                area?: "industry_supply_chain" | "finance" | "energy" | "food" | "urban_governance" | "ecology" | "public_health";
                status?: "open" | "mitigated" | "closed";
                /** @description GB/T 2260 code */
                member?: string;
                /** @description Part of the code or title */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "risks.get": {
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
            /** @description A risk with its measures, triggers (and their state per scope), alerts and assessment history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        titleZh: string;
                        titleEn: string;
                        descriptionZh: string;
                        descriptionEn: string;
                        /** @enum {string} */
                        area: "industry_supply_chain" | "finance" | "energy" | "food" | "urban_governance" | "ecology" | "public_health";
                        likelihood: number;
                        impact: number;
                        score: number;
                        ownerMemberCodes: string[];
                        reviewDate: string | null;
                        /** @enum {string} */
                        status: "open" | "mitigated" | "closed";
                        isDemo: boolean;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                        canEdit: boolean;
                        measures: {
                            /** Format: uuid */
                            id: string;
                            textZh: string;
                            textEn: string;
                            task: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                titleZh: string;
                                titleEn: string;
                                status: string;
                                progress: number;
                            } | null;
                            clause: {
                                /** Format: uuid */
                                id: string;
                                textZh: string;
                                textEn: string;
                                /** Format: uuid */
                                agreementId: string;
                                agreementTitleZh: string;
                                agreementTitleEn: string;
                            } | null;
                        }[];
                        triggers: {
                            /** Format: uuid */
                            id: string;
                            indicatorCode: string;
                            indicatorNameZh: string;
                            indicatorNameEn: string;
                            unitZh: string;
                            unitEn: string;
                            frequency: string;
                            scopeCode: string | null;
                            /** @enum {string} */
                            comparison: "<" | "<=" | ">" | ">=";
                            threshold: number;
                            periods: number;
                            states: {
                                scopeCode: string;
                                crossed: boolean;
                                lastPeriod: string;
                            }[];
                        }[];
                        alerts: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            triggerId: string;
                            indicatorCode: string;
                            scopeCode: string;
                            /** @enum {string} */
                            comparison: "<" | "<=" | ">" | ">=";
                            threshold: number;
                            period: string;
                            value: number;
                            periods: {
                                period: string;
                                value: number;
                            }[];
                            raisedBy: string;
                            /** Format: date-time */
                            raisedAt: string;
                            isDemo: boolean;
                        }[];
                        assessments: {
                            revision: number;
                            likelihood: number;
                            impact: number;
                            score: number;
                            /** @enum {string} */
                            status: "open" | "mitigated" | "closed";
                            reason: string;
                            assessedBy: string;
                            /** Format: date-time */
                            assessedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "risks.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Only the fields to change; a change of likelihood, impact or status needs a reason */
        requestBody: {
            content: {
                "application/json": {
                    /** @description e.g. RISK-ENERGY-01 */
                    code?: string;
                    titleZh?: string;
                    titleEn?: string;
                    descriptionZh?: string;
                    descriptionEn?: string;
                    /** @enum {string} */
                    area?: "industry_supply_chain" | "finance" | "energy" | "food" | "urban_governance" | "ecology" | "public_health";
                    likelihood?: number;
                    impact?: number;
                    ownerMemberCodes?: string[];
                    reviewDate?: string | null;
                    /** @enum {string} */
                    status?: "open" | "mitigated" | "closed";
                    measures?: {
                        taskId?: string | null;
                        clauseId?: string | null;
                        textZh?: string;
                        textEn?: string;
                    }[];
                    reason?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        titleZh: string;
                        titleEn: string;
                        descriptionZh: string;
                        descriptionEn: string;
                        /** @enum {string} */
                        area: "industry_supply_chain" | "finance" | "energy" | "food" | "urban_governance" | "ecology" | "public_health";
                        likelihood: number;
                        impact: number;
                        score: number;
                        ownerMemberCodes: string[];
                        reviewDate: string | null;
                        /** @enum {string} */
                        status: "open" | "mitigated" | "closed";
                        isDemo: boolean;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                        canEdit: boolean;
                        measures: {
                            /** Format: uuid */
                            id: string;
                            textZh: string;
                            textEn: string;
                            task: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                titleZh: string;
                                titleEn: string;
                                status: string;
                                progress: number;
                            } | null;
                            clause: {
                                /** Format: uuid */
                                id: string;
                                textZh: string;
                                textEn: string;
                                /** Format: uuid */
                                agreementId: string;
                                agreementTitleZh: string;
                                agreementTitleEn: string;
                            } | null;
                        }[];
                        triggers: {
                            /** Format: uuid */
                            id: string;
                            indicatorCode: string;
                            indicatorNameZh: string;
                            indicatorNameEn: string;
                            unitZh: string;
                            unitEn: string;
                            frequency: string;
                            scopeCode: string | null;
                            /** @enum {string} */
                            comparison: "<" | "<=" | ">" | ">=";
                            threshold: number;
                            periods: number;
                            states: {
                                scopeCode: string;
                                crossed: boolean;
                                lastPeriod: string;
                            }[];
                        }[];
                        alerts: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            triggerId: string;
                            indicatorCode: string;
                            scopeCode: string;
                            /** @enum {string} */
                            comparison: "<" | "<=" | ">" | ">=";
                            threshold: number;
                            period: string;
                            value: number;
                            periods: {
                                period: string;
                                value: number;
                            }[];
                            raisedBy: string;
                            /** Format: date-time */
                            raisedAt: string;
                            isDemo: boolean;
                        }[];
                        assessments: {
                            revision: number;
                            likelihood: number;
                            impact: number;
                            score: number;
                            /** @enum {string} */
                            status: "open" | "mitigated" | "closed";
                            reason: string;
                            assessedBy: string;
                            /** Format: date-time */
                            assessedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "risks.addTrigger": {
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
                    indicatorCode: string;
                    scopeCode?: string | null;
                    /** @enum {string} */
                    comparison: "<" | "<=" | ">" | ">=";
                    threshold: number;
                    /** @description Consecutive periods that must cross */
                    periods: number;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "risks.removeTrigger": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                triggerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        titleZh: string;
                        titleEn: string;
                        descriptionZh: string;
                        descriptionEn: string;
                        /** @enum {string} */
                        area: "industry_supply_chain" | "finance" | "energy" | "food" | "urban_governance" | "ecology" | "public_health";
                        likelihood: number;
                        impact: number;
                        score: number;
                        ownerMemberCodes: string[];
                        reviewDate: string | null;
                        /** @enum {string} */
                        status: "open" | "mitigated" | "closed";
                        isDemo: boolean;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                        canEdit: boolean;
                        measures: {
                            /** Format: uuid */
                            id: string;
                            textZh: string;
                            textEn: string;
                            task: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                titleZh: string;
                                titleEn: string;
                                status: string;
                                progress: number;
                            } | null;
                            clause: {
                                /** Format: uuid */
                                id: string;
                                textZh: string;
                                textEn: string;
                                /** Format: uuid */
                                agreementId: string;
                                agreementTitleZh: string;
                                agreementTitleEn: string;
                            } | null;
                        }[];
                        triggers: {
                            /** Format: uuid */
                            id: string;
                            indicatorCode: string;
                            indicatorNameZh: string;
                            indicatorNameEn: string;
                            unitZh: string;
                            unitEn: string;
                            frequency: string;
                            scopeCode: string | null;
                            /** @enum {string} */
                            comparison: "<" | "<=" | ">" | ">=";
                            threshold: number;
                            periods: number;
                            states: {
                                scopeCode: string;
                                crossed: boolean;
                                lastPeriod: string;
                            }[];
                        }[];
                        alerts: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            triggerId: string;
                            indicatorCode: string;
                            scopeCode: string;
                            /** @enum {string} */
                            comparison: "<" | "<=" | ">" | ">=";
                            threshold: number;
                            period: string;
                            value: number;
                            periods: {
                                period: string;
                                value: number;
                            }[];
                            raisedBy: string;
                            /** Format: date-time */
                            raisedAt: string;
                            isDemo: boolean;
                        }[];
                        assessments: {
                            revision: number;
                            likelihood: number;
                            impact: number;
                            score: number;
                            /** @enum {string} */
                            status: "open" | "mitigated" | "closed";
                            reason: string;
                            assessedBy: string;
                            /** Format: date-time */
                            assessedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "publications.list": {
        parameters: {
            query?: {
                /** @description plan, task, meeting, decision, agreement, indicator (more as registers get a projector) */
                kind?: string;
                state?: "draft" | "approved" | "published" | "withdrawn";
                disclosure?: "internal" | "inter_government" | "public";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Publications (disclosure register), most recently changed first; cursor-paged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            /** Format: uuid */
                            recordId: string;
                            /** @enum {string} */
                            disclosure: "internal" | "inter_government" | "public";
                            /** @enum {string} */
                            state: "draft" | "approved" | "published" | "withdrawn";
                            titleZh: string;
                            titleEn: string;
                            approvedAt: string | null;
                            publishedAt: string | null;
                            withdrawnAt: string | null;
                            isDemo: boolean;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "publications.propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description plan, task, meeting, decision, agreement, indicator (more as registers get a projector) */
                    kind: string;
                    /** Format: uuid */
                    recordId: string;
                    /** @enum {string} */
                    disclosure?: "internal" | "inter_government" | "public";
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "publications.get": {
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
            /** @description A publication: its frozen snapshot (or a draft's preview) and the history of its steps */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        /** Format: uuid */
                        recordId: string;
                        /** @enum {string} */
                        disclosure: "internal" | "inter_government" | "public";
                        /** @enum {string} */
                        state: "draft" | "approved" | "published" | "withdrawn";
                        titleZh: string;
                        titleEn: string;
                        approvedAt: string | null;
                        publishedAt: string | null;
                        withdrawnAt: string | null;
                        isDemo: boolean;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        snapshot: {
                            kind: string;
                            code: string | null;
                            titleZh: string;
                            titleEn: string;
                            summaryZh: string;
                            summaryEn: string;
                            date: string | null;
                            endDate: string | null;
                            status: string | null;
                            progress: number | null;
                            members: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            cities: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            bodies: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            sections: {
                                key: string;
                                rows: {
                                    zh: string;
                                    en: string;
                                    detailZh?: string;
                                    detailEn?: string;
                                    status?: string | null;
                                    progress?: number | null;
                                    date?: string | null;
                                }[];
                            }[];
                            series?: {
                                unitZh: string;
                                unitEn: string;
                                periods: string[];
                                lines: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                    values: (number | null)[];
                                }[];
                            };
                            map?: {
                                year: number | null;
                                values: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                    value: number;
                                }[];
                            };
                        } | null;
                        preview: {
                            kind: string;
                            code: string | null;
                            titleZh: string;
                            titleEn: string;
                            summaryZh: string;
                            summaryEn: string;
                            date: string | null;
                            endDate: string | null;
                            status: string | null;
                            progress: number | null;
                            members: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            cities: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            bodies: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            sections: {
                                key: string;
                                rows: {
                                    zh: string;
                                    en: string;
                                    detailZh?: string;
                                    detailEn?: string;
                                    status?: string | null;
                                    progress?: number | null;
                                    date?: string | null;
                                }[];
                            }[];
                            series?: {
                                unitZh: string;
                                unitEn: string;
                                periods: string[];
                                lines: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                    values: (number | null)[];
                                }[];
                            };
                            map?: {
                                year: number | null;
                                values: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                    value: number;
                                }[];
                            };
                        } | null;
                        steps: {
                            step: string;
                            fromState: string | null;
                            toState: string;
                            /** @enum {string} */
                            disclosure: "internal" | "inter_government" | "public";
                            actorName: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "publications.setDisclosure": {
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
                    disclosure: "internal" | "inter_government" | "public";
                    version: number;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        /** Format: uuid */
                        recordId: string;
                        /** @enum {string} */
                        disclosure: "internal" | "inter_government" | "public";
                        /** @enum {string} */
                        state: "draft" | "approved" | "published" | "withdrawn";
                        titleZh: string;
                        titleEn: string;
                        approvedAt: string | null;
                        publishedAt: string | null;
                        withdrawnAt: string | null;
                        isDemo: boolean;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        snapshot: {
                            kind: string;
                            code: string | null;
                            titleZh: string;
                            titleEn: string;
                            summaryZh: string;
                            summaryEn: string;
                            date: string | null;
                            endDate: string | null;
                            status: string | null;
                            progress: number | null;
                            members: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            cities: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            bodies: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            sections: {
                                key: string;
                                rows: {
                                    zh: string;
                                    en: string;
                                    detailZh?: string;
                                    detailEn?: string;
                                    status?: string | null;
                                    progress?: number | null;
                                    date?: string | null;
                                }[];
                            }[];
                            series?: {
                                unitZh: string;
                                unitEn: string;
                                periods: string[];
                                lines: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                    values: (number | null)[];
                                }[];
                            };
                            map?: {
                                year: number | null;
                                values: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                    value: number;
                                }[];
                            };
                        } | null;
                        preview: {
                            kind: string;
                            code: string | null;
                            titleZh: string;
                            titleEn: string;
                            summaryZh: string;
                            summaryEn: string;
                            date: string | null;
                            endDate: string | null;
                            status: string | null;
                            progress: number | null;
                            members: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            cities: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            bodies: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            sections: {
                                key: string;
                                rows: {
                                    zh: string;
                                    en: string;
                                    detailZh?: string;
                                    detailEn?: string;
                                    status?: string | null;
                                    progress?: number | null;
                                    date?: string | null;
                                }[];
                            }[];
                            series?: {
                                unitZh: string;
                                unitEn: string;
                                periods: string[];
                                lines: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                    values: (number | null)[];
                                }[];
                            };
                            map?: {
                                year: number | null;
                                values: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                    value: number;
                                }[];
                            };
                        } | null;
                        steps: {
                            step: string;
                            fromState: string | null;
                            toState: string;
                            /** @enum {string} */
                            disclosure: "internal" | "inter_government" | "public";
                            actorName: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "publications.transition": {
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
                    to: "draft" | "approved" | "published" | "withdrawn";
                    version: number;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        /** Format: uuid */
                        recordId: string;
                        /** @enum {string} */
                        disclosure: "internal" | "inter_government" | "public";
                        /** @enum {string} */
                        state: "draft" | "approved" | "published" | "withdrawn";
                        titleZh: string;
                        titleEn: string;
                        approvedAt: string | null;
                        publishedAt: string | null;
                        withdrawnAt: string | null;
                        isDemo: boolean;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        snapshot: {
                            kind: string;
                            code: string | null;
                            titleZh: string;
                            titleEn: string;
                            summaryZh: string;
                            summaryEn: string;
                            date: string | null;
                            endDate: string | null;
                            status: string | null;
                            progress: number | null;
                            members: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            cities: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            bodies: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            sections: {
                                key: string;
                                rows: {
                                    zh: string;
                                    en: string;
                                    detailZh?: string;
                                    detailEn?: string;
                                    status?: string | null;
                                    progress?: number | null;
                                    date?: string | null;
                                }[];
                            }[];
                            series?: {
                                unitZh: string;
                                unitEn: string;
                                periods: string[];
                                lines: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                    values: (number | null)[];
                                }[];
                            };
                            map?: {
                                year: number | null;
                                values: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                    value: number;
                                }[];
                            };
                        } | null;
                        preview: {
                            kind: string;
                            code: string | null;
                            titleZh: string;
                            titleEn: string;
                            summaryZh: string;
                            summaryEn: string;
                            date: string | null;
                            endDate: string | null;
                            status: string | null;
                            progress: number | null;
                            members: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            cities: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            bodies: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            sections: {
                                key: string;
                                rows: {
                                    zh: string;
                                    en: string;
                                    detailZh?: string;
                                    detailEn?: string;
                                    status?: string | null;
                                    progress?: number | null;
                                    date?: string | null;
                                }[];
                            }[];
                            series?: {
                                unitZh: string;
                                unitEn: string;
                                periods: string[];
                                lines: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                    values: (number | null)[];
                                }[];
                            };
                            map?: {
                                year: number | null;
                                values: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                    value: number;
                                }[];
                            };
                        } | null;
                        steps: {
                            step: string;
                            fromState: string | null;
                            toState: string;
                            /** @enum {string} */
                            disclosure: "internal" | "inter_government" | "public";
                            actorName: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "portal.home": {
        parameters: {
            query?: {
                lang?: "zh-CN" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            400: components["responses"]["BadRequest"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "portal.results": {
        parameters: {
            query?: {
                lang?: "zh-CN" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            400: components["responses"]["BadRequest"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "portal.section": {
        parameters: {
            query?: {
                lang?: "zh-CN" | "en";
            };
            header?: never;
            path: {
                section: "plans" | "meetings" | "agreements" | "indicators" | "registers";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "portal.record": {
        parameters: {
            query?: {
                lang?: "zh-CN" | "en";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "portal.homeEn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "portal.resultsEn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "portal.sectionEn": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                section: "plans" | "meetings" | "agreements" | "indicators" | "registers";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "portal.recordEn": {
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
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "portal.stylesheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/css": string;
                };
            };
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "portal.feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "portal.sitemap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "projects.list": {
        parameters: {
            query?: {
                type?: "infrastructure" | "industrial_chain" | "ecological" | "cooperation_park" | "demonstration_zone";
                phase?: "planning" | "approved" | "under_construction" | "in_operation";
                /** @description GB/T 2260 code */
                memberCode?: string;
                /** @description GB/T 2260 city code */
                cityCode?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Key projects, newest first; filters: type, phase, member involved, location city; each with its progress and the rule behind it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            titleZh: string;
                            titleEn: string;
                            /** @enum {string} */
                            type: "infrastructure" | "industrial_chain" | "ecological" | "cooperation_park" | "demonstration_zone";
                            /** @enum {string} */
                            phase: "planning" | "approved" | "under_construction" | "in_operation";
                            leadMemberCode: string;
                            members: {
                                memberCode: string;
                                investment: number | null;
                            }[];
                            locationCityCode: string | null;
                            cityCodes: string[];
                            startDate: string | null;
                            plannedCompletion: string | null;
                            /** @enum {string} */
                            currency: "CNY" | "USD" | "EUR";
                            /**
                             * @description hundred_million = 亿, ten_thousand = 万, one = the currency itself
                             * @enum {string}
                             */
                            unit: "hundred_million" | "ten_thousand" | "one";
                            totalInvestment: number | null;
                            taskIds: string[];
                            agreementIds: string[];
                            progress: {
                                percent: number | null;
                                taskCount: number;
                                taskMean: number | null;
                                milestonesDone: number;
                                milestonesTotal: number;
                                taskWeight: number;
                                milestoneWeight: number;
                                ruleZh: string;
                                ruleEn: string;
                            };
                            openFlags: number;
                            isDemo: boolean;
                            version: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "projects.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    titleZh: string;
                    titleEn?: string;
                    /** @enum {string} */
                    type: "infrastructure" | "industrial_chain" | "ecological" | "cooperation_park" | "demonstration_zone";
                    /** @description GB/T 2260 code */
                    leadMemberCode: string;
                    /** @enum {string} */
                    phase: "planning" | "approved" | "under_construction" | "in_operation";
                    startDate?: string | null;
                    plannedCompletion?: string | null;
                    locationCityCode?: string | null;
                    cityCodes?: string[];
                    members: {
                        /** @description GB/T 2260 code */
                        memberCode: string;
                        investment?: number | null;
                    }[];
                    /** @enum {string} */
                    currency?: "CNY" | "USD" | "EUR";
                    /**
                     * @description hundred_million = 亿, ten_thousand = 万, one = the currency itself
                     * @enum {string}
                     */
                    unit?: "hundred_million" | "ten_thousand" | "one";
                    totalInvestment?: number | null;
                    taskIds?: string[];
                    agreementIds?: string[];
                    milestones?: {
                        /** Format: uuid */
                        id?: string;
                        titleZh: string;
                        titleEn?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        dueDate: string;
                        doneOn?: string | null;
                    }[];
                    descriptionZh?: string;
                    descriptionEn?: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "projects.map": {
        parameters: {
            query?: {
                type?: "infrastructure" | "industrial_chain" | "ecological" | "cooperation_park" | "demonstration_zone";
                phase?: "planning" | "approved" | "under_construction" | "in_operation";
                /** @description GB/T 2260 code */
                memberCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Projects on the city map: per location city the count by phase and the first 20 projects; totals by phase; how many have no location */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        unlocated: number;
                        phases: {
                            /** @enum {string} */
                            phase: "planning" | "approved" | "under_construction" | "in_operation";
                            count: number;
                        }[];
                        cities: {
                            cityCode: string;
                            memberCode: string;
                            nameZh: string;
                            nameEn: string;
                            count: number;
                            byPhase: {
                                /** @enum {string} */
                                phase: "planning" | "approved" | "under_construction" | "in_operation";
                                count: number;
                            }[];
                            /** @description Up to 20 per city */
                            projects: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                titleZh: string;
                                titleEn: string;
                                /** @enum {string} */
                                phase: "planning" | "approved" | "under_construction" | "in_operation";
                                isDemo: boolean;
                            }[];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "projects.export": {
        parameters: {
            query?: {
                type?: "infrastructure" | "industrial_chain" | "ecological" | "cooperation_park" | "demonstration_zone";
                phase?: "planning" | "approved" | "under_construction" | "in_operation";
                /** @description GB/T 2260 code */
                memberCode?: string;
                /** @description GB/T 2260 city code */
                cityCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "projects.get": {
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
            /** @description A key project with members’ investment, milestones, linked tasks and agreements, open flags and its progress with the rule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        titleZh: string;
                        titleEn: string;
                        /** @enum {string} */
                        type: "infrastructure" | "industrial_chain" | "ecological" | "cooperation_park" | "demonstration_zone";
                        /** @enum {string} */
                        phase: "planning" | "approved" | "under_construction" | "in_operation";
                        leadMemberCode: string;
                        members: {
                            memberCode: string;
                            investment: number | null;
                        }[];
                        locationCityCode: string | null;
                        cityCodes: string[];
                        startDate: string | null;
                        plannedCompletion: string | null;
                        /** @enum {string} */
                        currency: "CNY" | "USD" | "EUR";
                        /**
                         * @description hundred_million = 亿, ten_thousand = 万, one = the currency itself
                         * @enum {string}
                         */
                        unit: "hundred_million" | "ten_thousand" | "one";
                        totalInvestment: number | null;
                        taskIds: string[];
                        agreementIds: string[];
                        progress: {
                            percent: number | null;
                            taskCount: number;
                            taskMean: number | null;
                            milestonesDone: number;
                            milestonesTotal: number;
                            taskWeight: number;
                            milestoneWeight: number;
                            ruleZh: string;
                            ruleEn: string;
                        };
                        openFlags: number;
                        isDemo: boolean;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                        descriptionZh: string;
                        descriptionEn: string;
                        canEdit: boolean;
                        milestones: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                            dueDate: string;
                            doneOn: string | null;
                            overdue: boolean;
                        }[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            titleZh: string;
                            titleEn: string;
                            status: string;
                            progress: number;
                        }[];
                        agreements: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                            status: string;
                        }[];
                        flags: {
                            /** Format: uuid */
                            id: string;
                            milestoneId: string | null;
                            severity: string;
                            level: number;
                            /** Format: date-time */
                            raisedAt: string;
                            dueDate: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "projects.update": {
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
                    titleZh: string;
                    titleEn?: string;
                    /** @enum {string} */
                    type: "infrastructure" | "industrial_chain" | "ecological" | "cooperation_park" | "demonstration_zone";
                    /** @description GB/T 2260 code */
                    leadMemberCode: string;
                    /** @enum {string} */
                    phase: "planning" | "approved" | "under_construction" | "in_operation";
                    startDate?: string | null;
                    plannedCompletion?: string | null;
                    locationCityCode?: string | null;
                    cityCodes?: string[];
                    members: {
                        /** @description GB/T 2260 code */
                        memberCode: string;
                        investment?: number | null;
                    }[];
                    /** @enum {string} */
                    currency?: "CNY" | "USD" | "EUR";
                    /**
                     * @description hundred_million = 亿, ten_thousand = 万, one = the currency itself
                     * @enum {string}
                     */
                    unit?: "hundred_million" | "ten_thousand" | "one";
                    totalInvestment?: number | null;
                    taskIds?: string[];
                    agreementIds?: string[];
                    milestones?: {
                        /** Format: uuid */
                        id?: string;
                        titleZh: string;
                        titleEn?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        dueDate: string;
                        doneOn?: string | null;
                    }[];
                    descriptionZh?: string;
                    descriptionEn?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        titleZh: string;
                        titleEn: string;
                        /** @enum {string} */
                        type: "infrastructure" | "industrial_chain" | "ecological" | "cooperation_park" | "demonstration_zone";
                        /** @enum {string} */
                        phase: "planning" | "approved" | "under_construction" | "in_operation";
                        leadMemberCode: string;
                        members: {
                            memberCode: string;
                            investment: number | null;
                        }[];
                        locationCityCode: string | null;
                        cityCodes: string[];
                        startDate: string | null;
                        plannedCompletion: string | null;
                        /** @enum {string} */
                        currency: "CNY" | "USD" | "EUR";
                        /**
                         * @description hundred_million = 亿, ten_thousand = 万, one = the currency itself
                         * @enum {string}
                         */
                        unit: "hundred_million" | "ten_thousand" | "one";
                        totalInvestment: number | null;
                        taskIds: string[];
                        agreementIds: string[];
                        progress: {
                            percent: number | null;
                            taskCount: number;
                            taskMean: number | null;
                            milestonesDone: number;
                            milestonesTotal: number;
                            taskWeight: number;
                            milestoneWeight: number;
                            ruleZh: string;
                            ruleEn: string;
                        };
                        openFlags: number;
                        isDemo: boolean;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                        descriptionZh: string;
                        descriptionEn: string;
                        canEdit: boolean;
                        milestones: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                            dueDate: string;
                            doneOn: string | null;
                            overdue: boolean;
                        }[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            titleZh: string;
                            titleEn: string;
                            status: string;
                            progress: number;
                        }[];
                        agreements: {
                            /** Format: uuid */
                            id: string;
                            titleZh: string;
                            titleEn: string;
                            status: string;
                        }[];
                        flags: {
                            /** Format: uuid */
                            id: string;
                            milestoneId: string | null;
                            severity: string;
                            level: number;
                            /** Format: date-time */
                            raisedAt: string;
                            dueDate: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "printing.requestPrint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description What to print (the registry in printing.kinds.ts)
                     * @enum {string}
                     */
                    kind: "meeting-minutes" | "decision" | "task-record" | "supervision-sheet" | "matter-timeline" | "results-annual" | "results-quarterly" | "results-member";
                    /** @description The record to print, e.g. { "taskId": "…" } (each kind names its parameters) */
                    params: {
                        [key: string]: string;
                    };
                    /**
                     * @description The document's language (default: the user's)
                     * @enum {string}
                     */
                    lang?: "zh-CN" | "en";
                    /**
                     * @description pdf (default; every kind) or docx (Word: the results reports)
                     * @enum {string}
                     */
                    format?: "pdf" | "docx";
                };
            };
        };
        responses: {
            /** @description Accepted: continues as a background job; poll the address in the answer. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        state: "queued";
                        statusUrl: string;
                        /** @description The PDF (PDF jobs only; kept for older clients) */
                        pdfUrl: string;
                        /** @description The finished file, PDF or Word */
                        fileUrl: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "printing.printStatus": {
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
            /** @description State and progress of your print job; the error (code and message) when it failed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        params: {
                            [key: string]: string;
                        };
                        /** @enum {string} */
                        lang: "zh-CN" | "en";
                        /** @enum {string} */
                        format: "pdf" | "docx";
                        /** @enum {string} */
                        state: "queued" | "loading" | "rendering" | "done" | "failed";
                        /** @description Percent: reading the record, then rendering the PDF; 100 once the PDF is ready */
                        progress: number;
                        title: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        finishedAt: string | null;
                        error: {
                            code: string;
                            message: string;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "printing.printFile": {
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
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "printing.printPdf": {
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
            /** @description The file, sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "results.report": {
        parameters: {
            query: {
                /** @description annual: the results conference's report; quarterly: the bulletin; member: one member's annual report */
                kind: "annual" | "quarterly" | "member";
                /** @description The calendar year (in the region's time zone) */
                year: number;
                /** @description Quarterly bulletin only */
                quarter?: number;
                /** @description The member of a member's report */
                memberCode?: string;
                lang?: "zh-CN" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A results report computed now from the records: the annual report (what the results conference presents), the quarterly bulletin, or a member's annual report. Every figure names the records behind it (the appendix, and the list that shows them). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "annual" | "quarterly" | "member";
                        year: number;
                        quarter: number | null;
                        memberCode: string | null;
                        /** @enum {string} */
                        lang: "zh-CN" | "en";
                        title: string;
                        subtitle: string;
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        /** Format: date-time */
                        generatedAt: string;
                        containsDemo: boolean;
                        blocks: ({
                            /** @enum {string} */
                            type: "heading";
                            level: 1 | 2;
                            text: string;
                            anchor: string;
                        } | {
                            /** @enum {string} */
                            type: "paragraph";
                            text: string;
                        } | {
                            /** @enum {string} */
                            type: "narrative";
                            /** @enum {string} */
                            key: "foreword" | "outlook";
                            text: string;
                        } | {
                            /** @enum {string} */
                            type: "figures";
                            items: {
                                key: string;
                                label: string;
                                value: number;
                                unit: string;
                                drillHref: string | null;
                                appendixKey: string | null;
                                /** @description How many of the counted records are demo data */
                                demo: number;
                            }[];
                        } | {
                            /** @enum {string} */
                            type: "table";
                            caption: string;
                            columns: string[];
                            rows: {
                                cells: (string | number | null)[];
                                ref: {
                                    /** @enum {string} */
                                    kind: "plan" | "task" | "meeting" | "decision" | "agreement" | "matter" | "indicator" | "observation" | "index-method" | "service" | "project" | "risk";
                                    id: string;
                                    code: string | null;
                                    title: string;
                                    /** @description The record's page in the web UI */
                                    href: string;
                                } | null;
                            }[];
                            /** @description Rows left out of the body (all are in the appendix) */
                            more: number;
                            appendixKey: string | null;
                        } | {
                            /** @enum {string} */
                            type: "note";
                            text: string;
                        })[];
                        appendix: {
                            key: string;
                            title: string;
                            refs: {
                                /** @enum {string} */
                                kind: "plan" | "task" | "meeting" | "decision" | "agreement" | "matter" | "indicator" | "observation" | "index-method" | "service" | "project" | "risk";
                                id: string;
                                code: string | null;
                                title: string;
                                /** @description The record's page in the web UI */
                                href: string;
                            }[];
                        }[];
                        publishedAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "results.edition": {
        parameters: {
            query: {
                /** @description annual: the results conference's report; quarterly: the bulletin; member: one member's annual report */
                kind: "annual" | "quarterly" | "member";
                /** @description The calendar year (in the region's time zone) */
                year: number;
                /** @description Quarterly bulletin only */
                quarter?: number;
                /** @description The member of a member's report */
                memberCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report's edition: the Office's narratives (foreword, outlook) in both languages, its version, and when it was published */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string | null;
                        /** @enum {string} */
                        kind: "annual" | "quarterly" | "member";
                        year: number;
                        quarter: number | null;
                        memberCode: string | null;
                        forewordZh: string;
                        forewordEn: string;
                        outlookZh: string;
                        outlookEn: string;
                        /** @description 0 while no edition exists yet (save with version 0 to create it) */
                        version: number;
                        updatedAt: string | null;
                        publishedAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "results.saveEdition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description annual: the results conference's report; quarterly: the bulletin; member: one member's annual report
                     * @enum {string}
                     */
                    kind: "annual" | "quarterly" | "member";
                    /** @description The calendar year (in the region's time zone) */
                    year: number;
                    /** @description Quarterly bulletin only */
                    quarter?: number;
                    /** @description The member of a member's report */
                    memberCode?: string;
                    forewordZh: string;
                    forewordEn: string;
                    outlookZh: string;
                    outlookEn: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string | null;
                        /** @enum {string} */
                        kind: "annual" | "quarterly" | "member";
                        year: number;
                        quarter: number | null;
                        memberCode: string | null;
                        forewordZh: string;
                        forewordEn: string;
                        outlookZh: string;
                        outlookEn: string;
                        /** @description 0 while no edition exists yet (save with version 0 to create it) */
                        version: number;
                        updatedAt: string | null;
                        publishedAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    "results.publishEdition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description annual: the results conference's report; quarterly: the bulletin; member: one member's annual report
                     * @enum {string}
                     */
                    kind: "annual" | "quarterly" | "member";
                    /** @description The calendar year (in the region's time zone) */
                    year: number;
                    /** @description Quarterly bulletin only */
                    quarter?: number;
                    /** @description The member of a member's report */
                    memberCode?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Done: the result of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string | null;
                        /** @enum {string} */
                        kind: "annual" | "quarterly" | "member";
                        year: number;
                        quarter: number | null;
                        memberCode: string | null;
                        forewordZh: string;
                        forewordEn: string;
                        outlookZh: string;
                        outlookEn: string;
                        /** @description 0 while no edition exists yet (save with version 0 to create it) */
                        version: number;
                        updatedAt: string | null;
                        publishedAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "4XX": components["responses"]["OtherClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
