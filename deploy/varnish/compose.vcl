# compose.yaml: Varnish in front of the services portal-1 and portal-2. What the proxy does is in
# portal.vcl. Purges come from the app servers on the listening address "purge" (port 8081),
# which compose does not publish.
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
    .host = "portal-1";
    .port = "8000";
    .probe = portal_ready;
    .connect_timeout = 1s;
    .first_byte_timeout = 35s;
}

backend app2 {
    .host = "portal-2";
    .port = "8000";
    .probe = portal_ready;
    .connect_timeout = 1s;
    .first_byte_timeout = 35s;
}

# The published port is bound to the host's loopback (compose.yaml): what reaches Varnish comes
# from a TLS terminator on the host, through Docker's gateway.
acl forwarders {
    "127.0.0.1";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}

acl purgers {
    "127.0.0.1";
    "::1";
}

include "portal.vcl";
