/// The API's description, served at `/openapi.yaml` (a test checks that every route the router
/// serves is described here and that the file parses).
enum OpenAPI {
    static let yaml = #"""
    openapi: 3.0.3
    info:
      title: govdoc
      version: "1"
      description: |
        Official documents (公文) to the GB/T 9704-2012 standard, from the govdoc source format
        (YAML front matter, then one line per paragraph; see the README's "The source format").
        The server keeps no state between requests and opens no path named by a request:
        `style:` names a style sheet of Templates/ (e.g. `gbt9704`), images are uploaded with
        the request.

        Error answers are a JSON list of problems. Problems in the source carry the file name
        (`document.md`, or the uploaded file's name), line and column; problems of the request
        (size, type, load) have them `null`. Messages follow `Accept-Language` (`zh…` →
        Chinese, otherwise English).
    servers:
      - url: /
    paths:
      /v1/export:
        post:
          summary: The document as DOCX, ODT or PDF.
          parameters:
            - name: format
              in: query
              required: false
              schema: { type: string, enum: [docx, odt, pdf], default: docx }
            - $ref: "#/components/parameters/AcceptLanguage"
          requestBody:
            $ref: "#/components/requestBodies/Source"
          responses:
            "200":
              description: >
                The file. `Content-Disposition` names it after the title: an ASCII `filename`
                and the full (Chinese) name as RFC 5987 `filename*`. Images sent as further
                multipart parts are placed where the source names them (`seal:`, `<img src>`).
              headers:
                Content-Disposition:
                  schema: { type: string }
                  example: attachment; filename="govdoc-2023.docx"; filename*=UTF-8''%E7%9F%B3%E9%97%A8%E9%95%872023.docx
              content:
                application/vnd.openxmlformats-officedocument.wordprocessingml.document:
                  schema: { type: string, format: binary }
                application/vnd.oasis.opendocument.text:
                  schema: { type: string, format: binary }
                application/pdf:
                  schema: { type: string, format: binary }
            "400": { $ref: "#/components/responses/BadSource" }
            "408": { $ref: "#/components/responses/Timeout" }
            "413": { $ref: "#/components/responses/TooLarge" }
            "415": { $ref: "#/components/responses/UnsupportedType" }
            "503": { $ref: "#/components/responses/Busy" }
      /v1/check:
        post:
          summary: The findings of `govdoc check --json` (numbering, empty sections, source errors).
          description: >
            Always 200 for a source that arrived: a source the reader cannot read is one finding
            with the code `source`, as on the command line.
          parameters:
            - $ref: "#/components/parameters/AcceptLanguage"
          requestBody:
            $ref: "#/components/requestBodies/Source"
          responses:
            "200":
              description: The findings, sorted by line and column.
              content:
                application/json:
                  schema:
                    type: array
                    items: { $ref: "#/components/schemas/Finding" }
            "400": { $ref: "#/components/responses/BadSource" }
            "408": { $ref: "#/components/responses/Timeout" }
            "413": { $ref: "#/components/responses/TooLarge" }
            "415": { $ref: "#/components/responses/UnsupportedType" }
            "503": { $ref: "#/components/responses/Busy" }
      /v1/preview:
        post:
          summary: The pages as HTML, as they print (the editor's preview).
          description: >
            A4 sheets with the style sheet's margins, laid out on the 22-line grid (an
            approximation of a word processor's pagination: see the README).
          parameters:
            - $ref: "#/components/parameters/AcceptLanguage"
          requestBody:
            $ref: "#/components/requestBodies/Source"
          responses:
            "200":
              description: The pages.
              content:
                application/json:
                  schema:
                    type: object
                    required: [pageCount, title, html]
                    properties:
                      pageCount: { type: integer }
                      title: { type: string }
                      html:
                        type: string
                        description: One `<style>` and a `<section class="gd-page">` per page.
            "400": { $ref: "#/components/responses/BadSource" }
            "408": { $ref: "#/components/responses/Timeout" }
            "413": { $ref: "#/components/responses/TooLarge" }
            "415": { $ref: "#/components/responses/UnsupportedType" }
            "503": { $ref: "#/components/responses/Busy" }
      /v1/import:
        post:
          summary: A .docx/.odt draft (Word, WPS) as govdoc source text.
          description: >
            The draft is read, its parts recognised (title, 主送, headings, signature …) and
            written as source text. With `Accept: application/json` the answer is
            `{source, title, warnings, notes}`; otherwise the text itself, with the count of
            the reader's warnings in `Govdoc-Warnings`.
          parameters:
            - $ref: "#/components/parameters/AcceptLanguage"
          requestBody:
            $ref: "#/components/requestBodies/Draft"
          responses:
            "200":
              description: The source text.
              content:
                text/markdown:
                  schema: { type: string }
                application/json:
                  schema:
                    type: object
                    properties:
                      source: { type: string }
                      title: { type: string }
                      warnings: { type: array, items: { $ref: "#/components/schemas/Problem" } }
                      notes: { type: array, items: { type: string } }
            "400": { $ref: "#/components/responses/BadSource" }
            "408": { $ref: "#/components/responses/Timeout" }
            "413": { $ref: "#/components/responses/TooLarge" }
            "415": { $ref: "#/components/responses/UnsupportedType" }
            "503": { $ref: "#/components/responses/Busy" }
      /v1/format:
        post:
          summary: A .docx/.odt draft re-laid to GB/T 9704 as DOCX, ODT or PDF.
          parameters:
            - name: format
              in: query
              required: false
              schema: { type: string, enum: [docx, odt, pdf], default: docx }
            - $ref: "#/components/parameters/AcceptLanguage"
          requestBody:
            $ref: "#/components/requestBodies/Draft"
          responses:
            "200":
              description: The file, named after the recognised title (as for /v1/export).
              content:
                application/vnd.openxmlformats-officedocument.wordprocessingml.document:
                  schema: { type: string, format: binary }
                application/vnd.oasis.opendocument.text:
                  schema: { type: string, format: binary }
                application/pdf:
                  schema: { type: string, format: binary }
            "400": { $ref: "#/components/responses/BadSource" }
            "408": { $ref: "#/components/responses/Timeout" }
            "413": { $ref: "#/components/responses/TooLarge" }
            "415": { $ref: "#/components/responses/UnsupportedType" }
            "503": { $ref: "#/components/responses/Busy" }
      /v1/templates:
        get:
          summary: A starting text per kind and the style sheets a source may name.
          responses:
            "200":
              description: Templates and style sheet names.
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      templates:
                        type: array
                        items:
                          type: object
                          properties:
                            kind: { type: string, enum: [report, notice, letter, annual-report] }
                            name: { type: string }
                            example: { type: string }
                            source: { type: string }
                      styles:
                        type: array
                        items: { type: string }
      /healthz:
        get:
          summary: Liveness and load.
          responses:
            "200":
              description: The server is up.
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      status: { type: string, enum: [ok] }
                      running: { type: integer }
                      waiting: { type: integer }
                      maxConcurrent: { type: integer }
      /openapi.yaml:
        get:
          summary: This file.
          responses:
            "200":
              description: OpenAPI 3.0 in YAML.
      /:
        get:
          summary: The editor page (Chinese UI; /editor.js and /editor.css are its parts).
          responses:
            "200":
              description: HTML.
    components:
      parameters:
        AcceptLanguage:
          name: Accept-Language
          in: header
          required: false
          schema: { type: string, example: zh-CN }
      requestBodies:
        Source:
          required: true
          content:
            text/plain:
              schema: { type: string, description: The source text, UTF-8 (charset utf-8 or none). }
            text/markdown:
              schema: { type: string }
            multipart/form-data:
              schema:
                type: object
                required: [source]
                properties:
                  source:
                    type: string
                    format: binary
                    description: The .md source; its file name names it in problems.
                additionalProperties:
                  type: string
                  format: binary
                  description: Images (seals, figures) by the name the source uses.
        Draft:
          required: true
          content:
            application/vnd.openxmlformats-officedocument.wordprocessingml.document:
              schema: { type: string, format: binary }
            application/vnd.oasis.opendocument.text:
              schema: { type: string, format: binary }
            application/octet-stream:
              schema: { type: string, format: binary }
            multipart/form-data:
              schema:
                type: object
                required: [draft]
                properties:
                  draft: { type: string, format: binary, description: The .docx or .odt file. }
      schemas:
        Problem:
          type: object
          required: [file, line, column, code, message]
          properties:
            file: { type: string, nullable: true }
            line: { type: integer, nullable: true }
            column: { type: integer, nullable: true }
            code: { type: string, example: source.front-matter.unknown-key }
            message: { type: string }
            paragraph: { type: integer, description: "In a draft: the paragraph (0-based)." }
            excerpt: { type: string, description: "In a draft: the paragraph's first characters." }
        Finding:
          type: object
          required: [file, line, column, severity, code, message]
          properties:
            file: { type: string }
            line: { type: integer }
            column: { type: integer }
            severity: { type: string, enum: [error, warning] }
            code: { type: string, example: numbering.form }
            message: { type: string }
            replacement: { type: string }
      responses:
        BadSource:
          description: The source has a problem (or names a path, or a multipart body is malformed).
          content:
            application/json:
              schema:
                type: array
                items: { $ref: "#/components/schemas/Problem" }
        TooLarge:
          description: The body is over the limit (`--max-body`, default 10 MB).
          content:
            application/json:
              schema: { type: array, items: { $ref: "#/components/schemas/Problem" } }
        UnsupportedType:
          description: Neither text/plain (UTF-8), text/markdown nor multipart/form-data.
          content:
            application/json:
              schema: { type: array, items: { $ref: "#/components/schemas/Problem" } }
        Timeout:
          description: The body did not arrive within the deadline (`--deadline`).
          content:
            application/json:
              schema: { type: array, items: { $ref: "#/components/schemas/Problem" } }
        Busy:
          description: Every export slot and queue place is taken, or the work passed the deadline; retry after `Retry-After` seconds.
          headers:
            Retry-After:
              schema: { type: integer }
          content:
            application/json:
              schema: { type: array, items: { $ref: "#/components/schemas/Problem" } }
    """#
}
