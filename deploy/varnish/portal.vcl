# What the reverse proxy does in front of the two app servers; included by default.vcl (make serve)
# and compose.vcl (compose), which declare the backends app1 and app2 and the acls `forwarders`
# (who may say the reader came over HTTPS) and `purgers` (who may purge).
#
# - It keeps only what the portal marks public (Cache-Control: public), for anonymous readers;
#   the admin, the workspace, forms, POSTs and signed-in readers always go to the portal.
# - When both app servers are down it serves the last good copy it holds, up to 24 hours old.
# - It drops a page when the portal purges it (Wagtail's frontend cache, from this machine only).

import std;
import directors;

sub vcl_init {
    new portal = directors.round_robin();
    portal.add_backend(app1);
    portal.add_backend(app2);
}

sub vcl_recv {
    set req.backend_hint = portal.backend();
    if (req.restarts == 0) {
        unset req.http.X-Portal-Stale;
        unset req.http.X-Portal-Kept;
        # Varnish has appended the client's address to X-Forwarded-For (TRUSTED_PROXY_COUNT
        # counts it); the scheme is believed only from a TLS terminator of ours.
        if (!req.http.X-Forwarded-Proto || client.ip !~ forwarders) {
            set req.http.X-Forwarded-Proto = "http";
        }
    }

    # Wagtail's HTTP backend sends PURGE <path> for each address of a page; drop it whatever the
    # host name, the query string aside (a directory page and its searches go together). Accepted
    # from `purgers`, or on a listening address named "purge" that only the app servers reach.
    if (req.method == "PURGE") {
        if (client.ip !~ purgers && local.socket != "purge") {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.X-Portal-Path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Personal or live: the admin, the workspace, forms, health probes, the language redirect.
    if (req.url ~ "^/(admin|django-admin|health|documents)(/|$)"
        || req.url ~ "^/[a-z]{2}/workspace(/|$)"
        || req.url ~ "/contact/"
        || req.url == "/") {
        return (pass);
    }
    # A signed-in reader is never served a kept page (the portal's own rule).
    if (req.http.Cookie ~ "(^|;\s*)(__Host-)?sessionid=" || req.http.Authorization) {
        return (pass);
    }
    # Public pages are the same for every anonymous reader: no cookie reaches them.
    unset req.http.Cookie;
    set req.http.X-Portal-Kept = "1";
    # While an app server answers, a page past its time is refreshed at once; when none answers
    # (or after a failed fetch, see vcl_deliver), the last good copy is served.
    if (!req.http.X-Portal-Stale && std.healthy(req.backend_hint)) {
        set req.grace = 60s;
    }
    return (hash);
}

sub vcl_backend_response {
    # A failed refresh in the background keeps the copy already held.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    set beresp.http.X-Portal-Path = regsub(bereq.url, "\?.*$", "");
    # Uploaded images and files never change under one name (Wagtail renames on upload).
    if (bereq.url ~ "^/media/" && beresp.status == 200 && !beresp.http.Set-Cookie) {
        set beresp.ttl = 1d;
        set beresp.grace = 24h;
        return (deliver);
    }
    if (beresp.status >= 500
        || beresp.http.Set-Cookie
        || beresp.http.Cache-Control !~ "(?i)(^|[,\s])public([,\s]|$)"
        || beresp.http.Cache-Control ~ "(?i)private|no-store|no-cache"
        || beresp.http.Vary ~ "(?i)cookie|\*") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # The TTL comes from s-maxage; the last good copy is kept a day beyond it.
    set beresp.grace = 24h;
    return (deliver);
}

sub vcl_backend_error {
    if (bereq.is_bgfetch) {
        return (abandon);
    }
    # Never kept: it must not hide the last good copy.
    set beresp.ttl = 0s;
    set beresp.grace = 0s;
    set beresp.uncacheable = true;
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Cache-Control = "no-store";
    set beresp.http.Retry-After = "30";
    synthetic({"<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Portail momentanément indisponible</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Le portail est momentanément indisponible</h1>
<p>Merci de réessayer dans quelques minutes.</p>
<h2 lang="en">The portal is briefly unavailable</h2>
<p lang="en">Please try again in a few minutes.</p></main></body></html>
"});
    return (deliver);
}

sub vcl_deliver {
    # The portal failed on a public page: look again, this time accepting the last good copy.
    if (resp.status >= 500 && req.http.X-Portal-Kept && !req.http.X-Portal-Stale
        && req.restarts == 0) {
        set req.http.X-Portal-Stale = "1";
        return (restart);
    }
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
    unset resp.http.X-Portal-Path;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
