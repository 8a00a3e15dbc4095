import { roles } from '../../src/platform/auth/actor.ts';

/**
 * What every route should let each caller do, written by hand from what the route is for (not
 * computed from the manifests), one line per route:
 *
 *   METHOD URL   one cell per caller   another organisation's record
 *
 * A cell is `Y` when the route's gate lets the caller through (a 401, or a 403 `forbidden`
 * problem, is `-`). Callers, left to right: anonymous; each role of `src/platform/auth/actor.ts`,
 * organisation roles held in organisation A; a platform administrator whose session has not
 * proved a second factor. The last column says what happens when organisation A's staff and
 * A's API tokens name organisation B's record (in the URL or the body):
 *
 * - `refused` — a 403 or 404, and nothing anywhere in the database changes;
 * - `invalid: why` — refused as a problem of the input (400 or 422), and nothing changes;
 * - `open: why` — the route serves anyone's record, or is about no organisation's record: an
 *   explicit exception, with its reason;
 * - nothing — a GET without a parameter, which names no record.
 *
 * Adding a route: add its line here, in order of URL. The test fails while a route has no line,
 * and while a line names a route the app does not have.
 */
export const expectations = `
                                                                   anon citz pub  resp oadm ogp  eval acor law  mod  padm pa1f  another organisation’s record
GET    /                                                           Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /account                                                    -    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
POST   /account/sessions/:id/end                                   -    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    refused
POST   /account/sessions/end-others                                -    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: about the caller’s own account
GET    /account/two-factor                                         -    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
POST   /account/two-factor                                         -    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: about the caller’s own account
GET    /admin                                                      -    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /admin/audit                                                -    -    -    -    -    Y    -    Y    -    -    Y    -
GET    /admin/audit.csv                                            -    -    -    -    -    Y    -    Y    -    -    Y    -
GET    /admin/organizations                                        -    -    -    -    Y    -    -    -    -    -    Y    -
POST   /admin/organizations/:slug/invitations                      -    -    -    -    Y    -    -    -    -    -    Y    -    refused
POST   /admin/organizations/:slug/invitations/:id/withdraw         -    -    -    -    Y    -    -    -    -    -    Y    -    refused
GET    /admin/organizations/:slug/members                          -    -    -    -    Y    -    -    -    -    -    Y    -    refused
POST   /admin/organizations/:slug/members/grants                   -    -    -    -    Y    -    -    -    -    -    Y    -    refused
GET    /admin/organizations/:slug/members/grants/:grantId/revoke   -    -    -    -    Y    -    -    -    -    -    Y    -    refused
POST   /admin/organizations/:slug/members/grants/:grantId/revoke   -    -    -    -    Y    -    -    -    -    -    Y    -    refused
GET    /admin/organizations/:slug/tokens                           -    -    -    -    Y    -    -    -    -    -    Y    -    refused
POST   /admin/organizations/:slug/tokens                           -    -    -    -    Y    -    -    -    -    -    Y    -    refused
GET    /admin/organizations/:slug/tokens/:tokenId/revoke           -    -    -    -    Y    -    -    -    -    -    Y    -    refused
POST   /admin/organizations/:slug/tokens/:tokenId/revoke           -    -    -    -    Y    -    -    -    -    -    Y    -    refused
GET    /admin/organizations/:slug/tokens/issued                    -    -    -    -    Y    -    -    -    -    -    Y    -    refused
GET    /admin/roles                                                -    -    -    -    -    -    -    -    -    -    Y    -
POST   /admin/roles                                                -    -    -    -    -    -    -    -    -    -    Y    -    refused
GET    /admin/roles/:grantId/revoke                                -    -    -    -    -    -    -    -    -    -    Y    -    refused
POST   /admin/roles/:grantId/revoke                                -    -    -    -    -    -    -    -    -    -    Y    -    refused
GET    /admin/second-factor                                        -    -    -    -    -    -    -    -    -    -    Y    -
POST   /admin/second-factor                                        -    -    -    -    -    -    -    -    -    -    Y    -    refused
GET    /api                                                        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /api/3                                                      Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /api/3/action/:action                                       Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the CKAN API reads the public catalogue
POST   /api/3/action/:action                                       Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the CKAN API reads the public catalogue (its POST changes nothing)
GET    /api/3/cubes                                                Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /api/3/cubes/:name/aggregate                                Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the aggregate API publishes figures of no one organisation
GET    /api/3/cubes/:name/facts                                    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the aggregate API publishes figures of no one organisation
GET    /api/3/cubes/:name/members/:dimension                       Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the aggregate API publishes figures of no one organisation
GET    /api/3/cubes/:name/model                                    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the aggregate API publishes figures of no one organisation
GET    /api/3/info/:name/:file                                     Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the aggregate API publishes figures of no one organisation
GET    /api/3/info/:name/datapackage.json                          Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the aggregate API publishes figures of no one organisation
GET    /api/3/info/:name/package                                   Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the aggregate API publishes figures of no one organisation
GET    /api/action/:action                                         Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the CKAN API reads the public catalogue
POST   /api/action/:action                                         Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the CKAN API reads the public catalogue (its POST changes nothing)
GET    /api/v1/datasets                                            Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /api/v1/datasets/:id                                        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: open data
GET    /api/v1/datasets/:id/changes                                Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: open data
GET    /api/v1/datasets/:id/records/:key/versions                  Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: open data
GET    /api/v1/datasets/:id/rows                                   Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: open data
GET    /api/v1/exchange-rates                                      Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /api/v1/exchange-rates/:currency/:date                      Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published official rates, public to all
GET    /api/v1/extractives/licences                                Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
POST   /api/v1/extractives/licences                                -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a licence is its kind’s issuer’s; a kind another body issues is refused (403), nothing stored (the module’s test)
GET    /api/v1/extractives/licences/:slug                          Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published licence, public to all
PUT    /api/v1/extractives/licences/:slug                          -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a licence is its kind’s issuer’s, not A’s or B’s; staff of another body are refused (403), nothing stored (the module’s test)
GET    /api/v1/extractives/environment                             Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
POST   /api/v1/extractives/environment                             -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /api/v1/extractives/environment/:id                         Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the environmental list is public from the notice on
POST   /api/v1/extractives/environment/:id/appeal                  -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
POST   /api/v1/extractives/environment/:id/appeal-outcome          -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
POST   /api/v1/extractives/environment/:id/decision                -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
POST   /api/v1/extractives/environment/:id/delisted                -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
POST   /api/v1/extractives/environment/:id/notice                  -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
POST   /api/v1/extractives/environment/:id/remedy-verified         -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
POST   /api/v1/extractives/environment/:id/reply                   -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /api/v1/extractives/owners                                  Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
POST   /api/v1/extractives/owners                                  -    -    Y    -    Y    -    -    -    -    -    Y    -    open: declares owners for a licence issuer; a keeper outside the caller’s grants is refused (403), nothing stored (the module’s test)
POST   /api/v1/extractives/owners/import                           -    -    Y    -    Y    -    -    -    -    -    Y    -    open: declares owners for a licence issuer; a keeper outside the caller’s grants is refused (403), nothing stored (the module’s test)
GET    /api/v1/extractives/owners/:entityId                        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: public facts of a legal entity’s owners
GET    /api/v1/extractives/owners/:entityId/statements             Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: public facts of a legal entity’s owners
GET    /api/v1/extractives/contracts                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
POST   /api/v1/extractives/contracts                               -    -    Y    -    Y    -    -    -    -    -    Y    -    open: contracts are the pack’s publishing body’s, neither A’s nor B’s; a publisher of another body is refused 403 by the command, nothing stored (the module’s test)
GET    /api/v1/extractives/contracts/:slug                         Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published resource contracts, public to all
POST   /api/v1/extractives/contracts/:slug/annotations             -    -    Y    -    Y    -    -    -    -    -    Y    -    open: contracts are the pack’s publishing body’s, neither A’s nor B’s; a publisher of another body is refused 403 by the command, nothing stored (the module’s test)
POST   /api/v1/feedback/cases                                      -    -    Y    Y    Y    -    -    -    -    -    Y    -    open: files a new case, routed by category; nothing of B changes
GET    /api/v1/feedback/categories                                 Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
POST   /api/v1/fiscal/benefits                                     -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a body outside the caller’s grants is refused as a problem of its organisation field, nothing stored (the module’s test)
POST   /api/v1/fiscal/donations                                    -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a body outside the caller’s grants is refused as a problem of its organisation field, nothing stored (the module’s test)
POST   /api/v1/fiscal/fund-flows                                   -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a body outside the caller’s grants is refused as a problem of its organisation field, nothing stored (the module’s test)
GET    /api/v1/fiscal/transactions                                 Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /api/v1/fiscal/transactions/:ref                            Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published glass-account transactions, public to all
GET    /api/v1/geo                                                 Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /api/v1/geo/:layer.geojson                                  Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: public registers’ rows on the map, anyone’s, never personal data
GET    /api/v1/geo/outline.geojson                                 Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /api/v1/legal-entities                                      Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
POST   /api/v1/legal-entities                                      -    -    -    -    Y    -    -    -    -    -    Y    -    open: adds an entity of the register; a public body outside the caller’s grants is refused as a problem of its organisation field (the module’s test)
GET    /api/v1/legal-entities/:id                                  Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: an entity of the register, public to all
GET    /api/v1/officials                                           Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
POST   /api/v1/officials                                           -    -    -    -    Y    -    -    -    -    -    Y    -    open: records a term in a post; the command refuses an organisation outside the caller’s grants (the module’s test)
GET    /api/v1/officials/:slug                                     Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: public facts of a public official
GET    /api/v1/openapi.json                                        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /api/v1/organizations                                       Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /api/v1/organizations/:slug                                 Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the public directory
PATCH  /api/v1/organizations/:slug                                 -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /api/v1/plans                                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /api/v1/plans/:slug                                         Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published plan
GET    /api/v1/plans/commitments/:id                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published plan
GET    /api/v1/plans/commitments/:id/comments                      Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published plan
POST   /api/v1/plans/commitments/:id/reports                       -    -    Y    -    Y    -    -    -    -    -    -    -    refused
GET    /api/v1/plans/committee                                     Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /api/v1/plans/committee/meetings/:id                        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the committee’s published minutes
GET    /api/v1/plans/indicators                                    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /api/v1/plans/indicators/:id                                Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published indicator
GET    /api/v1/procurement/processes                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /api/v1/procurement/processes/:ocid                         Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published procurement (OCDS)
GET    /api/v1/procurement/records                                 Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /api/v1/procurement/records/:ocid                           Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published procurement (OCDS)
GET    /api/v1/procurement/releases                                Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
POST   /api/v1/procurement/releases                                -    -    Y    -    Y    -    -    -    -    -    Y    -    invalid: a release whose buyer is B is a problem of the file
GET    /api/v1/projects                                            Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
POST   /api/v1/projects                                            -    -    Y    -    Y    -    -    -    -    -    Y    -    open: adds a new project; the command refuses an implementing body outside the caller’s grants (403, nothing stored: the module’s test)
GET    /api/v1/projects/:slug                                      Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published project, public to all
PUT    /api/v1/projects/:slug                                      -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /api/v1/projects/:slug/contracts                            Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published project’s processes, public to all
POST   /api/v1/projects/:slug/contracts                            -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
POST   /api/v1/projects/:slug/milestones                           -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /api/v1/projects/:slug/reports                              Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a project’s published progress reports, public to all
POST   /api/v1/projects/:slug/reports                              -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /api/v1/projects/:slug/reports/:id                          Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published progress report, public to all
POST   /api/v1/projects/:slug/revisions                            -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /api/v1/projects/:slug/studies                              Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a project’s published feasibility studies, public to all
POST   /api/v1/projects/:slug/studies                              -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /api/v1/projects/loans                                      Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
POST   /api/v1/projects/loans                                      -    -    Y    -    Y    -    -    -    -    -    Y    -    open: writes a loan of the caller’s organisation; the command refuses an organisation outside the caller’s grants (the module’s test)
GET    /api/v1/projects/loans/:slug                                Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published loan, public to all
PUT    /api/v1/projects/loans/:slug                                -    -    Y    -    Y    -    -    -    -    -    Y    -    open: changes a loan of the caller’s organisation; the command refuses another organisation’s loan (the module’s test)
POST   /api/v1/projects/loans/:slug/base-rates                     -    -    Y    -    Y    -    -    -    -    -    Y    -    open: changes a loan of the caller’s organisation; the command refuses another organisation’s loan (the module’s test)
POST   /api/v1/projects/loans/:slug/board-members                  -    -    Y    -    Y    -    -    -    -    -    Y    -    open: changes a loan of the caller’s organisation; the command refuses another organisation’s loan (the module’s test)
POST   /api/v1/projects/loans/:slug/disbursements                  -    -    Y    -    Y    -    -    -    -    -    Y    -    open: changes a loan of the caller’s organisation; the command refuses another organisation’s loan (the module’s test)
POST   /api/v1/projects/loans/:slug/fees                           -    -    Y    -    Y    -    -    -    -    -    Y    -    open: changes a loan of the caller’s organisation; the command refuses another organisation’s loan (the module’s test)
POST   /api/v1/projects/loans/:slug/repayments                     -    -    Y    -    Y    -    -    -    -    -    Y    -    open: changes a loan of the caller’s organisation; the command refuses another organisation’s loan (the module’s test)
GET    /api/v1/questions                                           Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /api/v1/questions/:id                                       Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published question, public to all
GET    /api/v1/search                                              Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /assets/:file                                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the stylesheet and icons
GET    /audit                                                      Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /audit/heads.json                                           Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /catalog.jsonld                                             Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /catalog.ttl                                                Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /confirm-email/:token                                       Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the link’s secret is the credential
GET    /data.json                                                  Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /datasets                                                   Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /datasets/:id                                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: open data
GET    /datasets/:id/changes.atom                                  Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: open data
GET    /datasets/:id/datapackage.json                              Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: open data
GET    /datasets/:id/download                                      Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: open data
GET    /datasets/:id/download.csv                                  Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: open data
GET    /datasets/:id/download.json                                 Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: open data
GET    /datasets/:id/download.ndjson                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: open data
GET    /datasets/:id/download.xlsx                                 Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: open data
GET    /datasets/fiscal-budget-lines/import                        -    -    Y    -    Y    -    -    -    -    -    Y    -
POST   /datasets/fiscal-budget-lines/import                        -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a dataset of organisation A (the Ministry of Finance publishes the glass account), no record of B's
GET    /datasets/fiscal-budget-lines/imports                       -    -    Y    -    Y    -    -    -    -    -    Y    -
GET    /datasets/fiscal-budget-lines/imports/:importId             -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a dataset of organisation A (the Ministry of Finance publishes the glass account), no record of B's
POST   /datasets/fiscal-budget-lines/imports/:importId/confirm     -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a dataset of organisation A (the Ministry of Finance publishes the glass account), no record of B's
POST   /datasets/fiscal-budget-lines/imports/:importId/mapping     -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a dataset of organisation A (the Ministry of Finance publishes the glass account), no record of B's
GET    /datasets/fiscal-donations/import                           -    -    Y    -    Y    -    -    -    -    -    Y    -
POST   /datasets/fiscal-donations/import                           -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a dataset of organisation A (the Ministry of Finance publishes the glass account), no record of B's
GET    /datasets/fiscal-donations/imports                          -    -    Y    -    Y    -    -    -    -    -    Y    -
GET    /datasets/fiscal-donations/imports/:importId                -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a dataset of organisation A (the Ministry of Finance publishes the glass account), no record of B's
POST   /datasets/fiscal-donations/imports/:importId/confirm        -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a dataset of organisation A (the Ministry of Finance publishes the glass account), no record of B's
POST   /datasets/fiscal-donations/imports/:importId/mapping        -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a dataset of organisation A (the Ministry of Finance publishes the glass account), no record of B's
GET    /datasets/fiscal-fund-flows/import                          -    -    Y    -    Y    -    -    -    -    -    Y    -
POST   /datasets/fiscal-fund-flows/import                          -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a dataset of organisation A (the Ministry of Finance publishes the glass account), no record of B's
GET    /datasets/fiscal-fund-flows/imports                         -    -    Y    -    Y    -    -    -    -    -    Y    -
GET    /datasets/fiscal-fund-flows/imports/:importId               -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a dataset of organisation A (the Ministry of Finance publishes the glass account), no record of B's
POST   /datasets/fiscal-fund-flows/imports/:importId/confirm       -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a dataset of organisation A (the Ministry of Finance publishes the glass account), no record of B's
POST   /datasets/fiscal-fund-flows/imports/:importId/mapping       -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a dataset of organisation A (the Ministry of Finance publishes the glass account), no record of B's
GET    /datasets/fiscal-transactions/import                        -    -    Y    -    Y    -    -    -    -    -    Y    -
POST   /datasets/fiscal-transactions/import                        -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a dataset of organisation A (the Ministry of Finance publishes the glass account), no record of B's
GET    /datasets/fiscal-transactions/imports                       -    -    Y    -    Y    -    -    -    -    -    Y    -
GET    /datasets/fiscal-transactions/imports/:importId             -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a dataset of organisation A (the Ministry of Finance publishes the glass account), no record of B's
POST   /datasets/fiscal-transactions/imports/:importId/confirm     -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a dataset of organisation A (the Ministry of Finance publishes the glass account), no record of B's
POST   /datasets/fiscal-transactions/imports/:importId/mapping     -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a dataset of organisation A (the Ministry of Finance publishes the glass account), no record of B's
GET    /datasets/organizations/import                              -    -    Y    -    Y    -    -    -    -    -    Y    -
POST   /datasets/organizations/import                              -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /datasets/organizations/imports                             -    -    Y    -    Y    -    -    -    -    -    Y    -
GET    /datasets/organizations/imports/:importId                   -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
POST   /datasets/organizations/imports/:importId/confirm           -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
POST   /datasets/organizations/imports/:importId/mapping           -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /exchange-rates                                             Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /exchange-rates.csv                                         Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /exchange-rates.json                                        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /exchange-rates/:currency                                   Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published official rates, public to all
GET    /extractives                                                Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /extractives/licences                                       Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /extractives/licences.csv                                   Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /extractives/licences.json                                  Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /extractives/licences/:slug                                 Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published licence, public to all
GET    /extractives/licences/:slug/edit                            -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a licence is its kind’s issuer’s, not A’s or B’s; staff of another body are refused (403), nothing stored (the module’s test)
POST   /extractives/licences/:slug/edit                            -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a licence is its kind’s issuer’s, not A’s or B’s; staff of another body are refused (403), nothing stored (the module’s test)
GET    /extractives/licences/import                                -    -    Y    -    Y    -    -    -    -    -    Y    -
POST   /extractives/licences/import                                -    -    Y    -    Y    -    -    -    -    -    Y    -    open: licences are their kind’s issuer’s, not A’s or B’s; staff of another body are refused (403), nothing stored (the module’s test)
GET    /extractives/licences/new                                   -    -    Y    -    Y    -    -    -    -    -    Y    -
POST   /extractives/licences/new                                   -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a licence is its kind’s issuer’s; a kind another body issues is refused (403), nothing stored (the module’s test)
GET    /extractives/map                                            Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /extractives/map.geojson                                    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /extractives/overlaps                                       Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /extractives/restricted-areas/import                        -    -    -    -    -    -    -    -    -    -    Y    -
POST   /extractives/restricted-areas/import                        -    -    -    -    -    -    -    -    -    -    Y    -    open: a national layer (protected areas, water sources), no organisation’s record
GET    /extractives/environment                                    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /extractives/environment.csv                                Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /extractives/environment.json                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /extractives/environment/:id                                Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the environmental list is public from the notice on
GET    /extractives/environment/:id/appeal                         -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
POST   /extractives/environment/:id/appeal                         -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /extractives/environment/:id/appeal-outcome                 -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
POST   /extractives/environment/:id/appeal-outcome                 -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /extractives/environment/:id/decision                       -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
POST   /extractives/environment/:id/decision                       -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /extractives/environment/:id/delisted                       -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
POST   /extractives/environment/:id/delisted                       -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /extractives/environment/:id/notice                         -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
POST   /extractives/environment/:id/notice                         -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /extractives/environment/:id/remedy-verified                -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
POST   /extractives/environment/:id/remedy-verified                -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /extractives/environment/:id/reply                          -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
POST   /extractives/environment/:id/reply                          -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /extractives/environment/new                                -    -    Y    -    Y    -    -    -    -    -    Y    -
POST   /extractives/environment/new                                -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /extractives/owners                                         Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /extractives/owners.bods.json                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /extractives/owners/:entityId                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: public facts of a legal entity’s owners
GET    /extractives/owners/:entityId/bods.json                     Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: public facts of a legal entity’s owners
GET    /extractives/owners/import                                  -    -    Y    -    Y    -    -    -    -    -    Y    -
POST   /extractives/owners/import                                  -    -    Y    -    Y    -    -    -    -    -    Y    -    open: declares owners for a licence issuer; a keeper outside the caller’s grants is refused (403), nothing stored (the module’s test)
GET    /extractives/owners/new                                     -    -    Y    -    Y    -    -    -    -    -    Y    -
POST   /extractives/owners/new                                     -    -    Y    -    Y    -    -    -    -    -    Y    -    open: declares owners for a licence issuer; a keeper outside the caller’s grants is refused (403), nothing stored (the module’s test)
GET    /extractives/contracts                                      Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /extractives/contracts.csv                                  Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /extractives/contracts.json                                 Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /extractives/contracts/:slug                                Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published resource contracts, public to all
GET    /extractives/contracts/:slug/annotations.csv                Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published resource contracts, public to all
GET    /extractives/contracts/:slug/annotations/new                -    -    Y    -    Y    -    -    -    -    -    Y    -    open: the empty form names no record of B; sending it is refused 403 by the command to a publisher of another body (the module’s test)
POST   /extractives/contracts/:slug/annotations/new                -    -    Y    -    Y    -    -    -    -    -    Y    -    open: contracts are the pack’s publishing body’s, neither A’s nor B’s; a publisher of another body is refused 403 by the command, nothing stored (the module’s test)
GET    /extractives/contracts/:slug/documents/:id                  Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published resource contracts, public to all
GET    /extractives/contracts/:slug/documents/new                  -    -    Y    -    Y    -    -    -    -    -    Y    -    open: the empty form names no record of B; sending it is refused 403 by the command to a publisher of another body (the module’s test)
POST   /extractives/contracts/:slug/documents/new                  -    -    Y    -    Y    -    -    -    -    -    Y    -    open: contracts are the pack’s publishing body’s, neither A’s nor B’s; a publisher of another body is refused 403 by the command, nothing stored (the module’s test)
GET    /extractives/contracts/:slug/pages/:n                       Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published resource contracts, public to all
GET    /extractives/contracts/compare                              Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /extractives/contracts/new                                  -    -    Y    -    Y    -    -    -    -    -    Y    -
POST   /extractives/contracts/new                                  -    -    Y    -    Y    -    -    -    -    -    Y    -    open: contracts are the pack’s publishing body’s, neither A’s nor B’s; a publisher of another body is refused 403 by the command, nothing stored (the module’s test)
GET    /feedback                                                   Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /feedback/admin/routing                                     -    -    -    -    -    -    -    -    -    -    Y    -
POST   /feedback/admin/routing                                     -    -    -    -    -    -    -    -    -    -    Y    -    refused
GET    /feedback/console                                           -    -    -    Y    Y    -    -    -    -    -    Y    -
GET    /feedback/console/cases/:number                             -    -    -    Y    Y    -    -    -    -    -    Y    -    refused
POST   /feedback/console/cases/:number/answer                      -    -    -    Y    Y    -    -    -    -    -    Y    -    refused
POST   /feedback/console/cases/:number/assign                      -    -    -    Y    Y    -    -    -    -    -    Y    -    refused
POST   /feedback/console/cases/:number/close                       -    -    -    Y    Y    -    -    -    -    -    Y    -    refused
POST   /feedback/console/cases/:number/extend                      -    -    -    Y    Y    -    -    -    -    -    Y    -    refused
GET    /feedback/console/cases/:number/files/:file                 -    -    -    Y    Y    -    -    -    -    -    Y    -    refused
POST   /feedback/console/cases/:number/note                        -    -    -    Y    Y    -    -    -    -    -    Y    -    refused
POST   /feedback/console/cases/:number/request-information         -    -    -    Y    Y    -    -    -    -    -    Y    -    refused
POST   /feedback/console/cases/:number/transfer                    -    -    -    Y    Y    -    -    -    -    -    Y    -    refused
GET    /feedback/follow/:token                                     Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the follow link’s secret is the submitter’s credential
GET    /feedback/follow/:token/files/:file                         Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the follow link’s secret is the submitter’s credential
POST   /feedback/follow/:token/information                         Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the follow link’s secret is the submitter’s credential
POST   /feedback/follow/:token/rate                                Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the follow link’s secret is the submitter’s credential
POST   /feedback/follow/:token/reopen                              Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the follow link’s secret is the submitter’s credential
GET    /feedback/mine                                              -    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /feedback/mine/:number                                      -    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    refused
GET    /feedback/mine/:number/files/:file                          -    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    refused
POST   /feedback/mine/:number/information                          -    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    refused
POST   /feedback/mine/:number/rate                                 -    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    refused
POST   /feedback/mine/:number/reopen                               -    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    refused
GET    /feedback/moderation                                        -    -    -    -    -    -    -    -    -    Y    Y    -
GET    /feedback/moderation/:number                                -    -    -    -    -    -    -    -    -    Y    Y    -    refused
POST   /feedback/moderation/:number                                -    -    -    -    -    -    -    -    -    Y    Y    -    refused
GET    /feedback/new                                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
POST   /feedback/new                                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: files a new case, routed by category; nothing of B changes
GET    /feedback/operator                                          -    -    -    Y    Y    -    -    -    -    -    Y    -
POST   /feedback/operator                                          -    -    -    Y    Y    -    -    -    -    -    Y    -    refused
GET    /feedback/published                                         Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /feedback/published/:number                                 Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    refused
GET    /feedback/received/:number                                  Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: says only that this number was received
GET    /feedback/reports                                           Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /feedback/reports/performance.csv                           Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /feedback/reports/performance.json                          Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /fiscal/benefits                                            Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /fiscal/benefits.csv                                        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /fiscal/benefits/report                                     -    -    Y    -    Y    -    -    -    -    -    Y    -
POST   /fiscal/benefits/report                                     -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a body outside the caller’s grants is refused as a problem of its organisation field, nothing stored (the module’s test)
GET    /fiscal/donations                                           Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /fiscal/donations.csv                                       Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /fiscal/donations/record                                    -    -    Y    -    Y    -    -    -    -    -    Y    -
POST   /fiscal/donations/record                                    -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a body outside the caller’s grants is refused as a problem of its organisation field, nothing stored (the module’s test)
GET    /fiscal/funds                                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /fiscal/funds.csv                                           Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /fiscal/funds/record                                        -    -    Y    -    Y    -    -    -    -    -    Y    -
POST   /fiscal/funds/record                                        -    -    Y    -    Y    -    -    -    -    -    Y    -    open: a body outside the caller’s grants is refused as a problem of its organisation field, nothing stored (the module’s test)
GET    /fiscal/funds/:code                                         Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a special fund of the country pack, public to all
GET    /fiscal/funds/:code/flows.csv                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a special fund of the country pack, public to all
GET    /fiscal/funds/:code/months.csv                              Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a special fund of the country pack, public to all
GET    /fiscal                                                     Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /fiscal/aimags                                              Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /fiscal/aimags.csv                                          Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /fiscal/aimags/:code                                        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published figures of a place, no organisation’s record
GET    /fiscal/aimags/:code/functions.csv                          Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published figures of a place, no organisation’s record
GET    /fiscal/aimags/:code/tax.csv                                Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published figures of a place, no organisation’s record
GET    /fiscal/bodies/:slug                                        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published budgets of public bodies, public to all
GET    /fiscal/bodies/:slug/budget.csv                             Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published budgets of public bodies, public to all
GET    /fiscal/budget                                              Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /fiscal/budget.csv                                          Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /fiscal/budget/lines/:ref                                   Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published budgets of public bodies, public to all
GET    /fiscal/citizens-budget/:year                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a year of the published budget, no organisation’s record
GET    /fiscal/totals.csv                                          Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /fiscal/compliance                                          Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /fiscal/compliance.csv                                      Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /fiscal/compliance/:slug                                    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a reporting body’s published figures, public to all
GET    /fiscal/compliance/:slug/lines.csv                          Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a reporting body’s published figures, public to all
GET    /fiscal/splitting                                           Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /fiscal/splitting/what-if                                   Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /fiscal/transactions                                        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /fiscal/transactions.csv                                    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /fiscal/transactions.json                                   Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /fiscal/transactions/:ref                                   Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published glass-account transactions, public to all
GET    /healthz                                                    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /invitations/:token                                         Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the link’s secret is the credential (the page names the invited address)
POST   /invitations/:token                                         Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the link’s secret is the invitee’s credential (an account of another address is refused)
GET    /kiosk/feedback                                             Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
POST   /kiosk/feedback                                             Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: files a new case, routed by category; nothing of B changes
GET    /legal-entities                                             Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /legal-entities.csv                                         Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /legal-entities.json                                        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /legal-entities/:id                                         Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: an entity of the register, public to all
GET    /legal-entities/:id/edit                                    -    -    -    -    Y    -    -    -    -    -    Y    -    open: the register’s entities belong to no organisation; linking or unlinking a body outside the caller’s grants is refused as a problem of its organisation field (the module’s test)
POST   /legal-entities/:id/edit                                    -    -    -    -    Y    -    -    -    -    -    Y    -    open: the register’s entities belong to no organisation; linking or unlinking a body outside the caller’s grants is refused as a problem of its organisation field (the module’s test)
GET    /legal-entities/new                                         -    -    -    -    Y    -    -    -    -    -    Y    -
POST   /legal-entities/new                                         -    -    -    -    Y    -    -    -    -    -    Y    -    open: adds an entity of the register; a public body outside the caller’s grants is refused as a problem of its organisation field (the module’s test)
GET    /legal-entities/matches                                     -    -    -    -    -    -    -    -    -    -    Y    -
POST   /legal-entities/matches/:id                                 -    -    -    -    -    -    -    -    -    -    Y    -    open: a merge is a national decision about legal entities, no organisation’s record
GET    /legal-entities/merges                                      -    -    -    -    -    -    -    -    -    -    Y    -
POST   /legal-entities/merges/:id/undo                             -    -    -    -    -    -    -    -    -    -    Y    -    open: a merge is a national decision about legal entities, no organisation’s record
GET    /map                                                        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /officials                                                  Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /officials.csv                                              Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /officials.json                                             Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /officials/:slug                                            Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: public facts of a public official
POST   /officials/:slug/account                                    -    -    -    -    Y    -    -    -    -    -    Y    -    refused
GET    /officials/new                                              -    -    -    -    Y    -    -    -    -    -    Y    -
POST   /officials/new                                              -    -    -    -    Y    -    -    -    -    -    Y    -    open: records a term in a post; the command refuses an organisation outside the caller’s grants (the module’s test)
GET    /open311/v2/:file                                           Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: Open311 service list
POST   /open311/v2/:file                                           Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: files a new case, routed by category; nothing of B changes
GET    /open311/v2/:folder/:file                                   Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: Open311 shows every request’s status, with only its moderated text
GET    /open311/v2/discovery.json                                  Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /open311/v2/discovery.xml                                   Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /organizations                                              Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /organizations.csv                                          Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /organizations.json                                         Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /organizations/:slug                                        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the public directory
GET    /organizations/:slug/edit                                   -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
POST   /organizations/:slug/edit                                   -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /places                                                     Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /places/:code                                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the public register of places
GET    /plans                                                      Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /plans/:slug                                                Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published plan
GET    /plans/:slug/organizations                                  Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published plan
GET    /plans/:slug/organizations/:organization                    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published plan
GET    /plans/:slug/overdue                                        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published plan
POST   /plans/:slug/publish                                        -    -    -    -    -    Y    -    -    -    -    Y    -    refused
GET    /plans/:slug/review                                         -    -    -    -    -    Y    -    -    -    -    Y    -    refused
GET    /plans/:slug/review/:kind/:id                               -    -    -    -    -    Y    -    -    -    -    Y    -    refused
POST   /plans/:slug/review/:kind/:id                               -    -    -    -    -    Y    -    -    -    -    Y    -    refused
POST   /plans/:slug/review/:kind/:id/organizations                 -    -    -    -    -    Y    -    -    -    -    Y    -    refused
POST   /plans/:slug/review/organizations/:id                       -    -    -    -    -    Y    -    -    -    -    Y    -    refused
POST   /plans/:slug/review/organizations/:id/remove                -    -    -    -    -    Y    -    -    -    -    Y    -    refused
GET    /plans/:slug/review/titles/:target                          -    -    -    -    -    Y    -    -    -    -    Y    -    refused
POST   /plans/:slug/review/titles/:target                          -    -    -    -    -    Y    -    -    -    -    Y    -    refused
POST   /plans/comments/:id/moderate                                -    -    -    -    -    -    -    -    -    Y    -    -    refused
GET    /plans/commitments/:id                                      Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published plan
POST   /plans/commitments/:id/comments                             -    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: any account comments on a published commitment
GET    /plans/commitments/:id/evaluate                             -    -    -    -    -    -    Y    -    -    -    -    -    refused
POST   /plans/commitments/:id/evaluate                             -    -    -    -    -    -    Y    -    -    -    -    -    refused
POST   /plans/commitments/:id/follow                               -    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: any account follows a published commitment
GET    /plans/commitments/:id/report                               -    -    Y    -    Y    -    -    -    -    -    -    -    refused
POST   /plans/commitments/:id/report                               -    -    Y    -    Y    -    -    -    -    -    -    -    refused
GET    /plans/committee                                            Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /plans/committee/meetings/:id                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the committee’s published minutes
GET    /plans/committee/meetings/new                               -    -    -    -    -    Y    -    -    -    -    Y    -
POST   /plans/committee/meetings/new                               -    -    -    -    -    Y    -    -    -    -    Y    -    refused
POST   /plans/committee/members                                    -    -    -    -    -    Y    -    -    -    -    Y    -    refused
GET    /plans/committee/members/:id/end                            -    -    -    -    -    Y    -    -    -    -    Y    -    refused
POST   /plans/committee/members/:id/end                            -    -    -    -    -    Y    -    -    -    -    Y    -    refused
POST   /plans/evaluations/:id/publish                              -    -    -    -    -    -    Y    -    -    -    -    -    refused
GET    /plans/evidence/:fileId                                     Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: evidence of a published report
GET    /plans/import                                               -    -    -    -    -    Y    -    -    -    -    Y    -
POST   /plans/import                                               -    -    -    -    -    Y    -    -    -    -    Y    -    refused
GET    /plans/indicators                                           Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /plans/indicators/:id                                       Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published indicator
POST   /plans/indicators/:id/values                                -    -    Y    -    Y    -    -    -    -    -    -    -    refused
GET    /plans/indicators/new                                       -    -    Y    -    Y    -    -    -    -    -    -    -
POST   /plans/indicators/new                                       -    -    Y    -    Y    -    -    -    -    -    -    -    refused
GET    /plans/moderation                                           -    -    -    -    -    -    -    -    -    Y    -    -
GET    /problems/:code                                             Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the error catalogue
GET    /procurement                                                Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /procurement.csv                                            Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /procurement.json                                           Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /procurement/buyers/:slug                                   Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published procurement (OCDS)
GET    /procurement/disclosure                                     Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /procurement/ocds                                           Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /procurement/ocds/:file                                     Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published procurement (OCDS)
GET    /procurement/processes/:ocid                                Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published procurement (OCDS)
GET    /procurement/suppliers/:id                                  Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: published procurement (OCDS)
GET    /procurement/upload                                         -    -    Y    -    Y    -    -    -    -    -    Y    -
POST   /procurement/upload                                         -    -    Y    -    Y    -    -    -    -    -    Y    -    invalid: a release whose buyer is B is a problem of the file
GET    /projects                                                   Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /projects.csv                                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /projects.json                                              Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /projects/:slug                                             Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published project, public to all
GET    /projects/:slug/contracts/new                               -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
POST   /projects/:slug/contracts/new                               -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /projects/:slug/documents/:id                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published document of a project (photos, reports, studies)
GET    /projects/:slug/edit                                        -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
POST   /projects/:slug/edit                                        -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /projects/:slug/milestones/new                              -    -    Y    -    Y    -    -    -    -    -    Y    -    open: the empty form of a public project; its POST refuses another organisation’s project (the module’s test)
POST   /projects/:slug/milestones/new                              -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /projects/:slug/oc4ids.json                                 Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published record, public to all
GET    /projects/:slug/reports/:id                                 Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published progress report, public to all
GET    /projects/:slug/reports/new                                 -    -    Y    -    Y    -    -    -    -    -    Y    -    open: the empty form of a public project; its POST refuses another organisation’s project (the module’s test)
POST   /projects/:slug/reports/new                                 -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /projects/:slug/revisions/new                               -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
POST   /projects/:slug/revisions/new                               -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /projects/:slug/studies/edit                                -    -    Y    -    Y    -    -    -    -    -    Y    -    open: the form shows a public study; its POST refuses another organisation’s project (the module’s test)
POST   /projects/:slug/studies/edit                                -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /projects/:slug/studies/new                                 -    -    Y    -    Y    -    -    -    -    -    Y    -    open: the empty form of a public project; its POST refuses another organisation’s project (the module’s test)
POST   /projects/:slug/studies/new                                 -    -    Y    -    Y    -    -    -    -    -    Y    -    refused
GET    /projects/agencies/:slug                                    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: an implementing body’s published projects, public to all
GET    /projects/flags                                             Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /projects/iati-activities.xml                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /projects/lenders                                           Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /projects/lenders/:entityId                                 Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a lender’s published loans, public to all
GET    /projects/loans                                             Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /projects/loans.csv                                         Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /projects/loans.json                                        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /projects/loans/:slug                                       Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published loan, public to all
GET    /projects/loans/:slug/base-rates/new                        -    -    Y    -    Y    -    -    -    -    -    Y    -    open: changes a loan of the caller’s organisation; the command refuses another organisation’s loan (the module’s test)
POST   /projects/loans/:slug/base-rates/new                        -    -    Y    -    Y    -    -    -    -    -    Y    -    open: changes a loan of the caller’s organisation; the command refuses another organisation’s loan (the module’s test)
GET    /projects/loans/:slug/board-members/new                     -    -    Y    -    Y    -    -    -    -    -    Y    -    open: changes a loan of the caller’s organisation; the command refuses another organisation’s loan (the module’s test)
POST   /projects/loans/:slug/board-members/new                     -    -    Y    -    Y    -    -    -    -    -    Y    -    open: changes a loan of the caller’s organisation; the command refuses another organisation’s loan (the module’s test)
GET    /projects/loans/:slug/disbursements/new                     -    -    Y    -    Y    -    -    -    -    -    Y    -    open: changes a loan of the caller’s organisation; the command refuses another organisation’s loan (the module’s test)
POST   /projects/loans/:slug/disbursements/new                     -    -    Y    -    Y    -    -    -    -    -    Y    -    open: changes a loan of the caller’s organisation; the command refuses another organisation’s loan (the module’s test)
GET    /projects/loans/:slug/edit                                  -    -    Y    -    Y    -    -    -    -    -    Y    -    open: changes a loan of the caller’s organisation; the command refuses another organisation’s loan (the module’s test)
POST   /projects/loans/:slug/edit                                  -    -    Y    -    Y    -    -    -    -    -    Y    -    open: changes a loan of the caller’s organisation; the command refuses another organisation’s loan (the module’s test)
GET    /projects/loans/:slug/fees/new                              -    -    Y    -    Y    -    -    -    -    -    Y    -    open: changes a loan of the caller’s organisation; the command refuses another organisation’s loan (the module’s test)
POST   /projects/loans/:slug/fees/new                              -    -    Y    -    Y    -    -    -    -    -    Y    -    open: changes a loan of the caller’s organisation; the command refuses another organisation’s loan (the module’s test)
GET    /projects/loans/:slug/iati.xml                              Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published record, public to all
GET    /projects/loans/:slug/repayments/new                        -    -    Y    -    Y    -    -    -    -    -    Y    -    open: changes a loan of the caller’s organisation; the command refuses another organisation’s loan (the module’s test)
POST   /projects/loans/:slug/repayments/new                        -    -    Y    -    Y    -    -    -    -    -    Y    -    open: changes a loan of the caller’s organisation; the command refuses another organisation’s loan (the module’s test)
GET    /projects/loans/:slug/schedule.csv                          Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published loan’s schedule, public to all
GET    /projects/loans/new                                         -    -    Y    -    Y    -    -    -    -    -    Y    -
POST   /projects/loans/new                                         -    -    Y    -    Y    -    -    -    -    -    Y    -    open: records a loan for the caller’s organisation; the command refuses an organisation outside the caller’s grants (the module’s test)
GET    /projects/map                                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /projects/new                                               -    -    Y    -    Y    -    -    -    -    -    Y    -
POST   /projects/new                                               -    -    Y    -    Y    -    -    -    -    -    Y    -    open: adds a new project; the command refuses an implementing body outside the caller’s grants (403, nothing stored: the module’s test)
GET    /projects/oc4ids.json                                       Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /questions                                                  Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /questions.csv                                              Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /questions.json                                             Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /questions/:id                                              Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: a published question, public to all
GET    /questions/:id/answer                                       -    -    -    Y    Y    -    -    -    -    -    Y    -    refused
POST   /questions/:id/answer                                       -    -    -    Y    Y    -    -    -    -    -    Y    -    refused
POST   /questions/:id/extend                                       -    -    -    Y    Y    -    -    -    -    -    Y    -    refused
GET    /questions/:id/moderate                                     -    -    -    -    -    -    -    -    -    Y    Y    -    open: moderators review the questions put to every organisation
POST   /questions/:id/moderate                                     -    -    -    -    -    -    -    -    -    Y    Y    -    open: moderators review the questions put to every organisation
GET    /questions/ask                                              -    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
POST   /questions/ask                                              -    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: anyone signed in asks about any organisation’s public record
GET    /questions/mine                                             -    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /questions/moderation                                       -    -    -    -    -    -    -    -    -    Y    Y    -
GET    /readyz                                                     Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /requests/league                                            Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /reset-password                                             Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
POST   /reset-password                                             Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: about the caller’s own account
GET    /reset-password/:token                                      Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the link’s secret is the credential
POST   /reset-password/:token                                      Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the link’s secret is the credential
GET    /robots.txt                                                 Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /search                                                     Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /sign-in                                                    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
POST   /sign-in                                                    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: about the caller’s own account
GET    /sign-in/oidc                                               Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /sign-in/oidc/callback                                      Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /sign-in/second-factor                                      -    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
POST   /sign-in/second-factor                                      -    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: about the caller’s own account
POST   /sign-out                                                   Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: about the caller’s own account
GET    /sign-up                                                    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
POST   /sign-up                                                    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: about the caller’s own account
GET    /sitemap.xml                                                Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
GET    /sitemaps/:file                                             Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    open: the public pages of every module
`;

/** The callers of the table's columns, in order. */
export const callerNames = ['anonymous', ...roles, 'platform-administrator without second factor'] as const;

export type OtherOrganization =
  | { kind: 'refused' }
  | { kind: 'invalid' | 'open'; why: string }
  | { kind: 'none' };

export interface Expectation {
  method: string;
  url: string;
  /** Whether the gate lets each caller of `callerNames` through. */
  allowed: boolean[];
  other: OtherOrganization;
}

export const routeKey = (method: string, url: string) => `${method} ${url}`;

/** The table's lines by `METHOD URL`; a line that does not read as a row is an error. */
export function parseExpectations(text: string): Map<string, Expectation> {
  const rows = new Map<string, Expectation>();
  for (const line of text.split('\n').slice(2)) {
    if (!line.trim()) continue;
    const [method = '', url = '', ...rest] = line.trim().split(/\s+/);
    const cells = rest.slice(0, callerNames.length);
    const other = rest.slice(callerNames.length).join(' ');
    if (!/^[A-Z]+$/.test(method) || !url.startsWith('/') || cells.some((c) => c !== 'Y' && c !== '-'))
      throw new Error(`not a row of the table: ${line}`);
    if (cells.length !== callerNames.length) throw new Error(`a cell per caller: ${line}`);
    const key = routeKey(method, url);
    if (rows.has(key)) throw new Error(`two rows for ${key}`);
    rows.set(key, { method, url, allowed: cells.map((c) => c === 'Y'), other: readOther(other, line) });
  }
  return rows;
}

function readOther(text: string, line: string): OtherOrganization {
  if (text === '') return { kind: 'none' };
  if (text === 'refused') return { kind: 'refused' };
  const match = /^(invalid|open): (.+)$/.exec(text);
  if (!match) throw new Error(`the last column is refused, invalid: why, open: why or empty: ${line}`);
  return { kind: match[1] as 'invalid' | 'open', why: match[2] as string };
}
