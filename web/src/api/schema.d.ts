// Generated from the API's /openapi.json by `npm run api-types` (src/api/web-types.ts). Do not edit.
export interface paths {
    "/api/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The balance of a relationship per month: occurred events on the cooperation and conflict sides, and their Goldstein sum */
        get: operations["getMonthlyBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clusters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A real event: the cluster of its mentions */
        get: operations["getCluster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Figures (or events) that cannot all be true; agreements and changes over time with kind */
        get: operations["listConflicts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stored documents, most recently published first */
        get: operations["listDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document: text, publication date, diagnostics and every record read out of it, with spans */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        /** Delete a document and every record read out of it (needs the bearer token) */
        delete: operations["deleteDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resolved entities, most widely reported first */
        get: operations["listEntities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An entity: aliases, roles over time, the events it takes part in */
        get: operations["getEntity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Event mentions with their evidence and cluster, latest first */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event mention, its cluster and every mention of the same real event across documents */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Is the service up and the store reachable? */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Figures grouped as series (indicator, subject, counterpart, scope, unit) of points by period, with their sources and conflicts */
        get: operations["listIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ingest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read one article (text or HTML) or a feed and store what it says (needs the bearer token) */
        post: operations["ingest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Full-text search over document texts and record evidence */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The overview: counts, pairs present, latest events, headline figures */
        get: operations["getStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a relationship stands: contacts, agreements, headline figures, conflicts, balance, with sources */
        get: operations["getRelationshipSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Real events (clusters) in time order, oldest first; with undated=true the undated ones too, last */
        get: operations["getTimeline"];
        put?: never;
        post?: never;
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
        Cluster: {
            actors: components["schemas"]["EntityRef"][];
            cameo: string;
            documents: number;
            /** @description The evidence of the most precise mention */
            evidence: string;
            host: components["schemas"]["EntityRef"] | null;
            id: string;
            mentions: number;
            pair: string[] | null;
            place: components["schemas"]["EntityRef"] | null;
            /**
             * @description CAMEO quad class from the code: verbal/material cooperation/conflict; null if the code is not CAMEO
             * @enum {string|null}
             */
            quadClass: "verbal_cooperation" | "material_cooperation" | "verbal_conflict" | "material_conflict" | null;
            /** @description occurred if any mention reports it occurred */
            status: string;
            type: string;
            /** @description Goldstein-style weight of the code, -10 (conflict) to +10 (cooperation) */
            weight: number | null;
            /** @description The interval the mentions give together (day-precise stated mentions joined; else the narrowest) */
            when: components["schemas"]["TimeInterval"] | null;
        };
        ClusterInput: {
            actors: components["schemas"]["EntityRefInput"][];
            cameo: string;
            documents: number;
            /** @description The evidence of the most precise mention */
            evidence: string;
            host: components["schemas"]["EntityRefInput"] | null;
            id: string;
            mentions: number;
            pair: string[] | null;
            place: components["schemas"]["EntityRefInput"] | null;
            /**
             * @description CAMEO quad class from the code: verbal/material cooperation/conflict; null if the code is not CAMEO
             * @enum {string|null}
             */
            quadClass: "verbal_cooperation" | "material_cooperation" | "verbal_conflict" | "material_conflict" | null;
            /** @description occurred if any mention reports it occurred */
            status: string;
            type: string;
            /** @description Goldstein-style weight of the code, -10 (conflict) to +10 (cooperation) */
            weight: number | null;
            /** @description The interval the mentions give together (day-precise stated mentions joined; else the narrowest) */
            when: components["schemas"]["TimeIntervalInput"] | null;
        };
        ClusterRef: {
            /** @description Documents reporting it */
            documents: number;
            id: string;
            /** @description Event mentions in the cluster */
            mentions: number;
        };
        ClusterRefInput: {
            /** @description Documents reporting it */
            documents: number;
            id: string;
            /** @description Event mentions in the cluster */
            mentions: number;
        };
        Conflict: {
            about: string;
            events: components["schemas"]["Event"][];
            id: string;
            indicators: components["schemas"]["Indicator"][];
            /** @description conflict, change_over_time or agreement */
            kind: string;
            note: string;
            pair: string[] | null;
        };
        ConflictInput: {
            about: string;
            events: components["schemas"]["EventInput"][];
            id: string;
            indicators: components["schemas"]["IndicatorInput"][];
            /** @description conflict, change_over_time or agreement */
            kind: string;
            note: string;
            pair: string[] | null;
        };
        Diagnostic: {
            fatal?: boolean;
            reason: string;
            ruleId: string;
            /** @enum {string} */
            severity: "info" | "warning" | "error";
            span?: components["schemas"]["Span"];
        };
        DiagnosticInput: {
            fatal?: boolean;
            reason: string;
            ruleId: string;
            /** @enum {string} */
            severity: "info" | "warning" | "error";
            span?: components["schemas"]["SpanInput"];
        };
        DocRef: {
            id: string;
            /** @description The first words of its lead, naming a document that has no title */
            lead: string | null;
            /** @description Who published it: the page's site name, a credit line in the text, or the URL's host */
            outlet: string | null;
            published: components["schemas"]["Published"] | null;
            source: string;
            title: string | null;
            url: string | null;
        };
        DocRefInput: {
            id: string;
            /** @description The first words of its lead, naming a document that has no title */
            lead: string | null;
            /** @description Who published it: the page's site name, a credit line in the text, or the URL's host */
            outlet: string | null;
            published: components["schemas"]["PublishedInput"] | null;
            source: string;
            title: string | null;
            url: string | null;
        };
        Document: {
            diagnostics: components["schemas"]["Diagnostic"][];
            hash: string;
            id: string;
            ingestedAt: string;
            language: string | null;
            /** @description The first words of its lead, naming a document that has no title */
            lead: string | null;
            /** @description Who published it: the page's site name, a credit line in the text, or the URL's host */
            outlet: string | null;
            pair: string[] | null;
            published: components["schemas"]["Published"] | null;
            replaces: string | null;
            source: string;
            text: string;
            title: string | null;
            url: string | null;
            version: number;
        };
        DocumentInput: {
            diagnostics: components["schemas"]["DiagnosticInput"][];
            hash: string;
            id: string;
            ingestedAt: string;
            language: string | null;
            /** @description The first words of its lead, naming a document that has no title */
            lead: string | null;
            /** @description Who published it: the page's site name, a credit line in the text, or the URL's host */
            outlet: string | null;
            pair: string[] | null;
            published: components["schemas"]["PublishedInput"] | null;
            replaces: string | null;
            source: string;
            text: string;
            title: string | null;
            url: string | null;
            version: number;
        };
        DocumentSummary: {
            counts: {
                diagnostics: number;
                entities: number;
                events: number;
                indicators: number;
            };
            id: string;
            ingestedAt: string;
            language: string | null;
            /** @description The first words of its lead, naming a document that has no title */
            lead: string | null;
            /** @description Characters of text */
            length: number;
            /** @description Who published it: the page's site name, a credit line in the text, or the URL's host */
            outlet: string | null;
            pair: string[] | null;
            published: components["schemas"]["Published"] | null;
            source: string;
            title: string | null;
            url: string | null;
        };
        DocumentSummaryInput: {
            counts: {
                diagnostics: number;
                entities: number;
                events: number;
                indicators: number;
            };
            id: string;
            ingestedAt: string;
            language: string | null;
            /** @description The first words of its lead, naming a document that has no title */
            lead: string | null;
            /** @description Characters of text */
            length: number;
            /** @description Who published it: the page's site name, a credit line in the text, or the URL's host */
            outlet: string | null;
            pair: string[] | null;
            published: components["schemas"]["PublishedInput"] | null;
            source: string;
            title: string | null;
            url: string | null;
        };
        EntityRef: {
            /** @description Global entity key, e.g. country:VN */
            id: string;
            name: string;
            type: string;
        };
        EntityRefInput: {
            /** @description Global entity key, e.g. country:VN */
            id: string;
            name: string;
            type: string;
        };
        EntitySummary: {
            aliases: string[];
            country: string | null;
            /** @description Documents that mention it */
            documents: number;
            id: string;
            name: string;
            type: string;
        };
        EntitySummaryInput: {
            aliases: string[];
            country: string | null;
            /** @description Documents that mention it */
            documents: number;
            id: string;
            name: string;
            type: string;
        };
        Error: {
            /** @description HTTP reason phrase, e.g. "Bad Request" */
            error: string;
            /** @description The request field at fault (query, path or body), or null */
            field: string | null;
            /** @description What went wrong, in words */
            message: string;
        };
        ErrorInput: {
            /** @description HTTP reason phrase, e.g. "Bad Request" */
            error: string;
            /** @description The request field at fault (query, path or body), or null */
            field: string | null;
            /** @description What went wrong, in words */
            message: string;
        };
        Event: {
            actors: components["schemas"]["EntityRef"][];
            cameo: string;
            cluster: components["schemas"]["ClusterRef"] | null;
            count: number | null;
            doc: string;
            document: components["schemas"]["DocRef"];
            /** @description The document text at span */
            evidence: string;
            host: components["schemas"]["EntityRef"] | null;
            id: string;
            /** @description The two country keys of the document */
            pair: string[] | null;
            place: components["schemas"]["EntityRef"] | null;
            plover: string;
            /**
             * @description CAMEO quad class from the code: verbal/material cooperation/conflict; null if the code is not CAMEO
             * @enum {string|null}
             */
            quadClass: "verbal_cooperation" | "material_cooperation" | "verbal_conflict" | "material_conflict" | null;
            /** @description For a restatement of an event of the same document (a headline, "his third visit"): the span of its main mention */
            repeatOf: components["schemas"]["Span"] | null;
            rule: string;
            span: components["schemas"]["Span"];
            status: string;
            trigger: components["schemas"]["Span"];
            type: string;
            /** @description Goldstein-style weight of the code, -10 (conflict) to +10 (cooperation) */
            weight: number | null;
            when: components["schemas"]["TimeInterval"] | null;
            /** @description How `when` was reached: stated in the clause, inherited from an enclosing event, or the article date */
            whenBasis: string | null;
        };
        EventInput: {
            actors: components["schemas"]["EntityRefInput"][];
            cameo: string;
            cluster: components["schemas"]["ClusterRefInput"] | null;
            count: number | null;
            doc: string;
            document: components["schemas"]["DocRefInput"];
            /** @description The document text at span */
            evidence: string;
            host: components["schemas"]["EntityRefInput"] | null;
            id: string;
            /** @description The two country keys of the document */
            pair: string[] | null;
            place: components["schemas"]["EntityRefInput"] | null;
            plover: string;
            /**
             * @description CAMEO quad class from the code: verbal/material cooperation/conflict; null if the code is not CAMEO
             * @enum {string|null}
             */
            quadClass: "verbal_cooperation" | "material_cooperation" | "verbal_conflict" | "material_conflict" | null;
            /** @description For a restatement of an event of the same document (a headline, "his third visit"): the span of its main mention */
            repeatOf: components["schemas"]["SpanInput"] | null;
            rule: string;
            span: components["schemas"]["SpanInput"];
            status: string;
            trigger: components["schemas"]["SpanInput"];
            type: string;
            /** @description Goldstein-style weight of the code, -10 (conflict) to +10 (cooperation) */
            weight: number | null;
            when: components["schemas"]["TimeIntervalInput"] | null;
            /** @description How `when` was reached: stated in the clause, inherited from an enclosing event, or the article date */
            whenBasis: string | null;
        };
        Indicator: {
            bound: string;
            convertedFrom: components["schemas"]["Span"] | null;
            counterpart: components["schemas"]["EntityRef"] | null;
            doc: string;
            document: components["schemas"]["DocRef"];
            evidence: string;
            id: string;
            indicator: string;
            pair: string[] | null;
            period: components["schemas"]["Period"] | null;
            rule: string;
            scope: string | null;
            /** @description Who the text credits for the figure */
            source: components["schemas"]["EntityRef"] | null;
            span: components["schemas"]["Span"];
            subject: components["schemas"]["EntityRef"] | null;
            unit: string;
            value: number;
        };
        IndicatorInput: {
            bound: string;
            convertedFrom: components["schemas"]["SpanInput"] | null;
            counterpart: components["schemas"]["EntityRefInput"] | null;
            doc: string;
            document: components["schemas"]["DocRefInput"];
            evidence: string;
            id: string;
            indicator: string;
            pair: string[] | null;
            period: components["schemas"]["PeriodInput"] | null;
            rule: string;
            scope: string | null;
            /** @description Who the text credits for the figure */
            source: components["schemas"]["EntityRefInput"] | null;
            span: components["schemas"]["SpanInput"];
            subject: components["schemas"]["EntityRefInput"] | null;
            unit: string;
            value: number;
        };
        IngestBody: {
            /** @description An RSS or Atom feed; every item becomes a document */
            feed?: string;
            /** @description An HTML page; its main text is extracted */
            html?: string;
            published?: string;
            /** @description Plain text of one article */
            text?: string;
            title?: string;
            /**
             * Format: uri
             * @description Where the article was published; a new text for the same URL replaces the old version
             */
            url?: string;
        };
        IngestBodyInput: {
            /** @description An RSS or Atom feed; every item becomes a document */
            feed?: string;
            /** @description An HTML page; its main text is extracted */
            html?: string;
            published?: string;
            /** @description Plain text of one article */
            text?: string;
            title?: string;
            /**
             * Format: uri
             * @description Where the article was published; a new text for the same URL replaces the old version
             */
            url?: string;
        };
        MonthBalance: {
            /** @description Events of quad class verbal or material conflict */
            conflict: number;
            /** @description Events of quad class verbal or material cooperation */
            cooperation: number;
            /** @description Sum of the Goldstein-style weights of those events */
            goldstein: number;
            /** @description YYYY-MM, the month the event started */
            month: string;
        };
        MonthBalanceInput: {
            /** @description Events of quad class verbal or material conflict */
            conflict: number;
            /** @description Events of quad class verbal or material cooperation */
            cooperation: number;
            /** @description Sum of the Goldstein-style weights of those events */
            goldstein: number;
            /** @description YYYY-MM, the month the event started */
            month: string;
        };
        Period: {
            end: string;
            start: string;
        } | {
            as_of: string;
        };
        PeriodInput: {
            end: string;
            start: string;
        } | {
            as_of: string;
        };
        Published: {
            /** @enum {string} */
            basis: "stated" | "inferred";
            end: string;
            start: string;
        };
        PublishedInput: {
            /** @enum {string} */
            basis: "stated" | "inferred";
            end: string;
            start: string;
        };
        RelationshipSummary: {
            balance: {
                materialConflict: number;
                materialCooperation: number;
                uncoded: number;
                verbalConflict: number;
                verbalCooperation: number;
            };
            countries: string[];
            /** @description The span where the pair’s events are, for opening a timeline */
            focus: {
                from: string;
                to: string;
            } | null;
            headline: {
                doc: string;
                id: string;
                sentence: string;
                /** @enum {string|null} */
                trend: "up" | "down" | "unchanged" | null;
            }[];
            pair: string;
            sources: {
                id: string;
                lead: string | null;
                outlet: string | null;
                published: components["schemas"]["Published"] | null;
                source: string;
                title: string | null;
                url: string | null;
            }[];
            /** @description Where the relationship stands, one sentence per topic */
            statements: {
                /** @description Ids of the documents that state it */
                docs: string[];
                text: string;
                /** @enum {string} */
                topic: "contacts" | "planned" | "agreements" | "figures" | "conflicts" | "balance" | "counts";
            }[];
            /** @description Events counted over a span: show as counts, not bars */
            tallies: {
                doc: string;
                id: string;
                text: string;
            }[];
        };
        RelationshipSummaryInput: {
            balance: {
                materialConflict: number;
                materialCooperation: number;
                uncoded: number;
                verbalConflict: number;
                verbalCooperation: number;
            };
            countries: string[];
            /** @description The span where the pair’s events are, for opening a timeline */
            focus: {
                from: string;
                to: string;
            } | null;
            headline: {
                doc: string;
                id: string;
                sentence: string;
                /** @enum {string|null} */
                trend: "up" | "down" | "unchanged" | null;
            }[];
            pair: string;
            sources: {
                id: string;
                lead: string | null;
                outlet: string | null;
                published: components["schemas"]["PublishedInput"] | null;
                source: string;
                title: string | null;
                url: string | null;
            }[];
            /** @description Where the relationship stands, one sentence per topic */
            statements: {
                /** @description Ids of the documents that state it */
                docs: string[];
                text: string;
                /** @enum {string} */
                topic: "contacts" | "planned" | "agreements" | "figures" | "conflicts" | "balance" | "counts";
            }[];
            /** @description Events counted over a span: show as counts, not bars */
            tallies: {
                doc: string;
                id: string;
                text: string;
            }[];
        };
        Role: {
            country: string | null;
            doc: string;
            document: components["schemas"]["DocRef"];
            evidence: string;
            id: string;
            org: components["schemas"]["EntityRef"] | null;
            qualifier: string | null;
            span: components["schemas"]["Span"];
            title: string;
            when: components["schemas"]["TimeInterval"] | null;
        };
        RoleInput: {
            country: string | null;
            doc: string;
            document: components["schemas"]["DocRefInput"];
            evidence: string;
            id: string;
            org: components["schemas"]["EntityRefInput"] | null;
            qualifier: string | null;
            span: components["schemas"]["SpanInput"];
            title: string;
            when: components["schemas"]["TimeIntervalInput"] | null;
        };
        Series: {
            counterpart: components["schemas"]["EntityRef"] | null;
            indicator: string;
            key: string;
            points: {
                bound: string;
                /** @description Ids of the real conflicts its figures are in (agreements and changes over time are not conflicts) */
                conflicts: string[];
                /** @description Sources of this point disagree beyond rounding */
                disputed: boolean;
                period: components["schemas"]["Period"] | null;
                /** @description Every figure stating this point, with document and evidence */
                sources: components["schemas"]["Indicator"][];
                unit: string;
                /** @description The value most sources give */
                value: number;
            }[];
            scope: string | null;
            subject: components["schemas"]["EntityRef"] | null;
            unit: string;
        };
        SeriesInput: {
            counterpart: components["schemas"]["EntityRefInput"] | null;
            indicator: string;
            key: string;
            points: {
                bound: string;
                /** @description Ids of the real conflicts its figures are in (agreements and changes over time are not conflicts) */
                conflicts: string[];
                /** @description Sources of this point disagree beyond rounding */
                disputed: boolean;
                period: components["schemas"]["PeriodInput"] | null;
                /** @description Every figure stating this point, with document and evidence */
                sources: components["schemas"]["IndicatorInput"][];
                unit: string;
                /** @description The value most sources give */
                value: number;
            }[];
            scope: string | null;
            subject: components["schemas"]["EntityRefInput"] | null;
            unit: string;
        };
        /** @description UTF-16 offsets into the document text, end exclusive */
        Span: {
            end: number;
            start: number;
        };
        /** @description UTF-16 offsets into the document text, end exclusive */
        SpanInput: {
            end: number;
            start: number;
        };
        SpanRecord: {
            entity: components["schemas"]["EntityRef"];
            id: string;
            /** @enum {string} */
            kind: "entity";
            span: components["schemas"]["Span"];
            text: string;
            type: string;
        } | {
            asOf: boolean;
            id: string;
            /** @enum {string} */
            kind: "time";
            span: components["schemas"]["Span"];
            text: string;
            when: components["schemas"]["TimeInterval"] | null;
        } | {
            actors: components["schemas"]["EntityRef"][];
            cluster: string | null;
            id: string;
            /** @enum {string} */
            kind: "event";
            span: components["schemas"]["Span"];
            status: string;
            trigger: components["schemas"]["Span"];
            type: string;
            when: components["schemas"]["TimeInterval"] | null;
        } | {
            bound: string;
            counterpart: components["schemas"]["EntityRef"] | null;
            id: string;
            indicator: string;
            /** @enum {string} */
            kind: "indicator";
            period: components["schemas"]["Period"] | null;
            span: components["schemas"]["Span"];
            subject: components["schemas"]["EntityRef"] | null;
            unit: string;
            value: number;
        } | {
            entity: components["schemas"]["EntityRef"];
            id: string;
            /** @enum {string} */
            kind: "role";
            span: components["schemas"]["Span"];
            title: string;
        };
        SpanRecordInput: {
            entity: components["schemas"]["EntityRefInput"];
            id: string;
            /** @enum {string} */
            kind: "entity";
            span: components["schemas"]["SpanInput"];
            text: string;
            type: string;
        } | {
            asOf: boolean;
            id: string;
            /** @enum {string} */
            kind: "time";
            span: components["schemas"]["SpanInput"];
            text: string;
            when: components["schemas"]["TimeIntervalInput"] | null;
        } | {
            actors: components["schemas"]["EntityRefInput"][];
            cluster: string | null;
            id: string;
            /** @enum {string} */
            kind: "event";
            span: components["schemas"]["SpanInput"];
            status: string;
            trigger: components["schemas"]["SpanInput"];
            type: string;
            when: components["schemas"]["TimeIntervalInput"] | null;
        } | {
            bound: string;
            counterpart: components["schemas"]["EntityRefInput"] | null;
            id: string;
            indicator: string;
            /** @enum {string} */
            kind: "indicator";
            period: components["schemas"]["PeriodInput"] | null;
            span: components["schemas"]["SpanInput"];
            subject: components["schemas"]["EntityRefInput"] | null;
            unit: string;
            value: number;
        } | {
            entity: components["schemas"]["EntityRefInput"];
            id: string;
            /** @enum {string} */
            kind: "role";
            span: components["schemas"]["SpanInput"];
            title: string;
        };
        /** @description A closed interval of ISO days */
        TimeInterval: {
            end: string;
            granularity: string;
            start: string;
        };
        /** @description A closed interval of ISO days */
        TimeIntervalInput: {
            end: string;
            granularity: string;
            start: string;
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
    getMonthlyBalance: {
        parameters: {
            query: {
                /** @description Two countries: ISO 3166-1 alpha-2 codes (VN,CN), names (Vietnam,China) or keys (country:VN,country:CN) */
                pair: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        months: components["schemas"]["MonthBalance"][];
                        pair: string[];
                    };
                };
            };
            /** @description A parameter or the body is invalid; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No record with that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error (details in the server log) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cluster: components["schemas"]["Cluster"];
                        mentions: components["schemas"]["Event"][];
                    };
                };
            };
            /** @description A parameter or the body is invalid; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No record with that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error (details in the server log) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listConflicts: {
        parameters: {
            query?: {
                /** @description conflict (only what cannot all be true), agreement, change_over_time, or all */
                kind?: "conflict" | "agreement" | "change_over_time" | "all";
                /** @description Two countries: ISO 3166-1 alpha-2 codes (VN,CN), names (Vietnam,China) or keys (country:VN,country:CN) */
                pair?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Conflict"][];
                    };
                };
            };
            /** @description A parameter or the body is invalid; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error (details in the server log) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDocuments: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 500 */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
                /** @description Two countries: ISO 3166-1 alpha-2 codes (VN,CN), names (Vietnam,China) or keys (country:VN,country:CN) */
                pair?: string;
                /** @description Words in the title or source */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DocumentSummary"][];
                        limit: number;
                        offset: number;
                        /** @description How many items match, over all pages */
                        total: number;
                    };
                };
            };
            /** @description A parameter or the body is invalid; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error (details in the server log) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        document: components["schemas"]["Document"];
                        records: components["schemas"]["SpanRecord"][];
                    };
                };
            };
            /** @description A parameter or the body is invalid; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No record with that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error (details in the server log) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleted: string;
                    };
                };
            };
            /** @description A parameter or the body is invalid; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Write route without a valid bearer token (or writes are disabled: no DYAD_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No record with that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error (details in the server log) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEntities: {
        parameters: {
            query?: {
                /** @description Only entities of this country (ISO 3166-1 alpha-2) */
                country?: string;
                /** @description Page size, 1 to 500 */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
                /** @description Only entities named in the documents of this pair */
                pair?: string;
                /** @description Part of any name or alias (case and diacritics ignored) */
                q?: string;
                type?: "country" | "person" | "party" | "organization" | "mechanism" | "initiative" | "place" | "group";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EntitySummary"][];
                        limit: number;
                        offset: number;
                        /** @description How many items match, over all pages */
                        total: number;
                    };
                };
            };
            /** @description A parameter or the body is invalid; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error (details in the server log) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEntity: {
        parameters: {
            query?: {
                /** @description Only the events of this pair */
                pair?: string;
            };
            header?: never;
            path: {
                /** @description The record id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entity: components["schemas"]["EntitySummary"];
                        events: components["schemas"]["Event"][];
                        roles: components["schemas"]["Role"][];
                    };
                };
            };
            /** @description A parameter or the body is invalid; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No record with that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error (details in the server log) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description An entity key (person:xi jinping) or any of its names */
                actor?: string;
                /** @description Earliest day, as YYYY, YYYY-MM or YYYY-MM-DD */
                from?: string;
                /** @description Page size, 1 to 500 */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
                /** @description Two countries: ISO 3166-1 alpha-2 codes (VN,CN), names (Vietnam,China) or keys (country:VN,country:CN) */
                pair?: string;
                /** @description Words in the evidence */
                q?: string;
                /** @description Only events of CAMEO quad class verbal or material cooperation, or conflict */
                side?: "cooperation" | "conflict";
                status?: "occurred" | "planned";
                /** @description Latest day, as YYYY, YYYY-MM or YYYY-MM-DD */
                to?: string;
                /** @description Event type */
                type?: "visit" | "talks" | "meeting" | "phone_call" | "summit" | "agreement" | "award" | "aid" | "statement" | "relations_milestone" | "protest" | "accusation" | "sanction" | "demand" | "rejection" | "threat" | "expulsion" | "arrest" | "incident" | "military_action" | "cooperation" | "yield" | "investigation";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Event"][];
                        limit: number;
                        offset: number;
                        /** @description How many items match, over all pages */
                        total: number;
                    };
                };
            };
            /** @description A parameter or the body is invalid; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error (details in the server log) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cluster: components["schemas"]["Cluster"];
                        event: components["schemas"]["Event"];
                        mentions: components["schemas"]["Event"][];
                    };
                };
            };
            /** @description A parameter or the body is invalid; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No record with that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error (details in the server log) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description sqlite or postgres */
                        backend: string;
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                        version: string;
                        /** @description Whether write routes are enabled (DYAD_TOKEN set) */
                        writable: boolean;
                    };
                };
            };
            /** @description A parameter or the body is invalid; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description sqlite or postgres */
                        backend: string;
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                        version: string;
                        /** @description Whether write routes are enabled (DYAD_TOKEN set) */
                        writable: boolean;
                    };
                };
            };
        };
    };
    listIndicators: {
        parameters: {
            query?: {
                indicator?: string;
                /** @description Two countries: ISO 3166-1 alpha-2 codes (VN,CN), names (Vietnam,China) or keys (country:VN,country:CN) */
                pair?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conflicts: components["schemas"]["Conflict"][];
                        series: components["schemas"]["Series"][];
                        truncated: boolean;
                    };
                };
            };
            /** @description A parameter or the body is invalid; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error (details in the server log) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ingest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestBodyInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        documents: {
                            id: string | null;
                            /** @enum {string} */
                            outcome: "new" | "replaced" | "unchanged" | "failed";
                            source: string;
                        }[];
                        failures: {
                            reason: string;
                            ruleId: string;
                            source: string;
                        }[];
                        /**
                         * @description new or replaced (201), unchanged when the same text is already stored (200)
                         * @enum {string}
                         */
                        outcome: "new" | "replaced" | "unchanged" | "failed";
                        records: {
                            diagnostics: number;
                            entities: number;
                            events: number;
                            indicators: number;
                            times: number;
                        };
                    };
                };
            };
            /** @description Created: new or replaced documents were stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        documents: {
                            id: string | null;
                            /** @enum {string} */
                            outcome: "new" | "replaced" | "unchanged" | "failed";
                            source: string;
                        }[];
                        failures: {
                            reason: string;
                            ruleId: string;
                            source: string;
                        }[];
                        /**
                         * @description new or replaced (201), unchanged when the same text is already stored (200)
                         * @enum {string}
                         */
                        outcome: "new" | "replaced" | "unchanged" | "failed";
                        records: {
                            diagnostics: number;
                            entities: number;
                            events: number;
                            indicators: number;
                            times: number;
                        };
                    };
                };
            };
            /** @description A parameter or the body is invalid; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Write route without a valid bearer token (or writes are disabled: no DYAD_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No record with that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nothing in the body could be stored; `message` says why */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error (details in the server log) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                limit?: number;
                /** @description Plain words (all must occur; the last may be a prefix) */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hits: {
                            doc: string;
                            document: components["schemas"]["DocRef"];
                            /** @description document, or the kind of record whose evidence matched */
                            kind: string;
                            rank: number;
                            /** @description The record id (the document id for document text) */
                            record: string;
                            /** @description An excerpt; matched words are marked with [ and ] */
                            snippet: string;
                        }[];
                        q: string;
                    };
                };
            };
            /** @description A parameter or the body is invalid; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error (details in the server log) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counts: {
                            /** @description Figures of one quantity and period from several sources that agree */
                            agreements: number;
                            /** @description Quantities stated for several periods (not conflicts) */
                            changes_over_time: number;
                            clusters: number;
                            /** @description Figures of one quantity and period that cannot all be true */
                            conflicts: number;
                            diagnostics: number;
                            documents: number;
                            entities: number;
                            events: number;
                            indicators: number;
                        };
                        /** @description The newest figure of each leading indicator and pair */
                        headline: components["schemas"]["Indicator"][];
                        /** @description The latest real events that happened (plans are not news yet), newest first */
                        latest: components["schemas"]["Cluster"][];
                        pairs: {
                            documents: number;
                            events: number;
                            indicators: number;
                            names: components["schemas"]["EntityRef"][];
                            pair: string[];
                        }[];
                        range: {
                            events: {
                                from: string | null;
                                to: string | null;
                            };
                            published: {
                                from: string | null;
                                to: string | null;
                            };
                        };
                    };
                };
            };
            /** @description A parameter or the body is invalid; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error (details in the server log) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRelationshipSummary: {
        parameters: {
            query: {
                /** @description Two countries: ISO 3166-1 alpha-2 codes (VN,CN), names (Vietnam,China) or keys (country:VN,country:CN) */
                pair: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipSummary"];
                };
            };
            /** @description A parameter or the body is invalid; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No record with that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error (details in the server log) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTimeline: {
        parameters: {
            query?: {
                /** @description An entity key (person:xi jinping) or any of its names */
                actor?: string;
                /** @description Earliest day, as YYYY, YYYY-MM or YYYY-MM-DD */
                from?: string;
                /** @description Two countries: ISO 3166-1 alpha-2 codes (VN,CN), names (Vietnam,China) or keys (country:VN,country:CN) */
                pair?: string;
                /** @description Words in the evidence */
                q?: string;
                /** @description Only events of CAMEO quad class verbal or material cooperation, or conflict */
                side?: "cooperation" | "conflict";
                status?: "occurred" | "planned";
                /** @description Latest day, as YYYY, YYYY-MM or YYYY-MM-DD */
                to?: string;
                /** @description Event type */
                type?: "visit" | "talks" | "meeting" | "phone_call" | "summit" | "agreement" | "award" | "aid" | "statement" | "relations_milestone" | "protest" | "accusation" | "sanction" | "demand" | "rejection" | "threat" | "expulsion" | "arrest" | "incident" | "military_action" | "cooperation" | "yield" | "investigation";
                /** @description Also list real events with no known time (at the end) */
                undated?: "0" | "1" | "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Cluster"][];
                        pair: string[] | null;
                        /** @description True when more mentions matched than one timeline reads */
                        truncated: boolean;
                    };
                };
            };
            /** @description A parameter or the body is invalid; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal error (details in the server log) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
