vcl 4.1;
# ClaimLedger's edge cache (Varnish 7.1 + varnish-modules' xkey). `npm run cluster` renders the
# marked blocks below (app servers, the director, addresses allowed to purge) into a copy of this file;
# in production render them the same way (scripts/edge/vcl.mjs) or edit a copy by hand.
#
# What it does, and why:
# - Public pages and the read API are cached for everyone alike (the app sends the same bytes to
#   every reader, `Cache-Control: public, s-maxage=…` and `Surrogate-Key`); cookies are stripped
#   on the way in and out so no reader's session can leak into a shared object.
# - The dashboard, sign-in, staff APIs and every non-GET pass straight to an app server.
# - A change purges by surrogate key (`PURGE` with `xkey-purge: claim:… speaker:… …`) from the
#   configured addresses only; everything else gets 403.
# - A fetch that was already under way when a purge arrived may carry the state from before the
#   change: it is handed to the requests that started it, never stored (purge generation).
# - When every app server is down, cached pages are served in grace (up to a day); a purged page
#   is gone, so it is never among them.
import std;
import directors;
import xkey;
import var;

probe app_health {
  .url = "/healthz";
  .interval = 1s;
  .timeout = 1s;
  .window = 3;
  .threshold = 2;
  .initial = 2;
}

# @BACKENDS@
backend app1 { .host = "127.0.0.1"; .port = "3101"; .probe = app_health; .connect_timeout = 1s; .first_byte_timeout = 30s; }
# @END BACKENDS@

acl purgers {
  "127.0.0.1";
  "::1";
# @PURGERS@
# @END PURGERS@
}

sub vcl_init {
  new app = directors.round_robin();
# @DIRECTOR@
  app.add_backend(app1);
# @END DIRECTOR@
  var.global_set("purge-generation", "0");
}

sub vcl_recv {
  set req.backend_hint = app.backend();
  # Never trust a client's own say on what to purge or where it came from.
  unset req.http.x-purge-generation;
  unset req.http.x-claimledger-peer;

  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Purging is not allowed from this address"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "Send the surrogate keys to purge in the xkey-purge header"));
    }
    # Any fetch in flight now may hold pre-change data: bump the generation first, so it is not stored.
    var.global_set("purge-generation", "" + (std.integer(var.global_get("purge-generation"), 0) + 1));
    set req.http.x-purged = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.x-purged + " object(s)"));
  }

  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # Live updates (app/api/live, server-sent events): a staff stream that stays open. Passed like
  # every staff API, and streamed to the browser as each event arrives (see vcl_backend_response).
  if (req.url ~ "^/api/live(\?|$)") {
    # Varnish ends any delivery after send_timeout (10 min by default); a stream may stay open longer.
    set sess.send_timeout = 24h;
    return (pass);
  }
  # Staff pages, sign-in and every API except the public read API and oEmbed: never cached, cookies kept.
  if (req.url ~ "^/(dashboard|account|admin|signin)(/|\?|$)" || (req.url ~ "^/api/" && req.url !~ "^/api/(v1/|oembed(\?|$))")) {
    return (pass);
  }
  # Everything else is public (or a build asset): the same object for every reader.
  unset req.http.cookie;
  unset req.http.authorization;
  # Varnish runs with http_gzip_support=off and keeps the app's own gzip and identity copies
  # apart (Vary: Accept-Encoding), so a hit never needs unzipping; two spellings are enough.
  if (req.http.accept-encoding ~ "gzip") {
    set req.http.accept-encoding = "gzip";
  } else {
    unset req.http.accept-encoding;
  }
  # Serve stale objects only when no app server can answer.
  if (std.healthy(req.backend_hint)) {
    set req.grace = 0s;
  } else {
    set req.grace = 24h;
  }
  return (hash);
}

sub vcl_backend_fetch {
  set bereq.http.x-purge-generation = var.global_get("purge-generation");
  if (bereq.url ~ "^/api/live(\?|$)") {
    # The app sends a heartbeat every 20 s: a stream silent for a minute is dead.
    set bereq.between_bytes_timeout = 60s;
  }
}

sub vcl_backend_response {
  # A busy or failing app server (503 from its admission control, a crash): reads try the other one once.
  if (beresp.status >= 500 && (bereq.method == "GET" || bereq.method == "HEAD") && bereq.retries < 1) {
    return (retry);
  }
  if (beresp.http.content-type ~ "^text/event-stream") {
    # Each event goes out as it comes: streamed, never gzipped (the app marks it no-transform).
    set beresp.do_stream = true;
    set beresp.do_gzip = false;
    set beresp.uncacheable = true;
    return (deliver);
  }
  if (bereq.uncacheable) {
    return (deliver);
  }
  if (bereq.http.x-purge-generation != var.global_get("purge-generation")) {
    # A purge arrived while this was being fetched: deliver it to the requests waiting for it,
    # keep nothing (waiting requests that came later fetch again).
    set beresp.uncacheable = true;
    set beresp.ttl = 0s;
    return (deliver);
  }
  if (beresp.http.set-cookie || beresp.http.cache-control !~ "(public|s-maxage)") {
    # Only what the app marked public is shared; anything carrying a cookie never is.
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
  set beresp.http.xkey = beresp.http.surrogate-key;
  set beresp.grace = 24h;
  return (deliver);
}

sub vcl_backend_error {
  if ((bereq.method == "GET" || bereq.method == "HEAD") && bereq.retries < 1) {
    return (retry);
  }
  set beresp.http.retry-after = "5";
  set beresp.http.cache-control = "no-store";
}

sub vcl_deliver {
  # Keys and the app server's own cache state are for the edge, not for readers.
  unset resp.http.xkey;
  unset resp.http.surrogate-key;
  unset resp.http.cache-tag;
  unset resp.http.x-nextjs-cache;
  unset resp.http.x-nextjs-prerender;
  unset resp.http.x-nextjs-stale-time;
  unset resp.http.via;
  unset resp.http.x-varnish;
  if (obj.uncacheable) {
    set resp.http.x-cache = "PASS";
  } elsif (obj.hits > 0) {
    set resp.http.x-cache = "HIT";
  } else {
    set resp.http.x-cache = "MISS";
  }
}

sub vcl_synth {
  set resp.http.content-type = "text/plain; charset=utf-8";
  set resp.body = resp.reason + {"
"};
  return (deliver);
}
