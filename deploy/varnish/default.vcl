# `make serve`: Varnish in front of two app servers on this machine (deploy/serve.sh writes a
# copy with the ports it was given). What the proxy does is in portal.vcl.
vcl 4.1;

probe portal_ready {
    .request = "GET /health/ready HTTP/1.1"
        "Host: localhost"
        "X-Forwarded-Proto: https"
        "Connection: close"
        "User-Agent: varnish-probe";
    .interval = 2s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
}

backend app1 {
    .host = "127.0.0.1";
    .port = "8001";
    .probe = portal_ready;
    .connect_timeout = 1s;
    .first_byte_timeout = 35s;
}

backend app2 {
    .host = "127.0.0.1";
    .port = "8002";
    .probe = portal_ready;
    .connect_timeout = 1s;
    .first_byte_timeout = 35s;
}

# Who may tell the portal that the reader came over HTTPS (a TLS terminator on this machine).
acl forwarders {
    "127.0.0.1";
    "::1";
}

# Who may purge: the app servers, on this machine.
acl purgers {
    "127.0.0.1";
    "::1";
}

include "portal.vcl";
