package dev.lede.platform.web;

/** Examples of the problem details every operation can answer, for the OpenAPI document. */
public final class ProblemExamples {
    private ProblemExamples() {
    }

    public static final String PROBLEM_VALIDATION = """
            {"type": "https://lede.dev/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "name: must not be blank", "instance": "/v1/sources",
             "errors": [{"field": "name", "message": "must not be blank"}]}""";

    public static final String PROBLEM_LIMIT = """
            {"type": "https://lede.dev/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "limit: must be between 1 and 100", "instance": "/v1/articles",
             "errors": [{"field": "limit", "message": "must be between 1 and 100"}]}""";

    public static final String PROBLEM_REFERENCED = """
            {"type": "https://lede.dev/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "person 'john-kirby' is still referenced by 1 articles, 5 quotes; delete with ?force=true to detach it",
             "instance": "/v1/people/john-kirby", "references": {"articles": 1, "quotes": 5}}""";

    public static final String PROBLEM_WITHDRAWN = """
            {"type": "https://lede.dev/problems/withdrawn", "title": "Withdrawn", "status": 410,
             "detail": "This article was withdrawn: legal request", "instance": "/v1/articles/some-story",
             "id": "0184e0a2-5c1d-7b3e-9f00-3a5b2c1d4e5f", "withdrawnAt": "2022-12-10T08:00:00Z", "reason": "legal request"}""";
}
