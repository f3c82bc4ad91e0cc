// Address ranges a fetch on a user's behalf never connects to (unless the
// host is allow-listed by name): the machine itself, the local networks, the
// cloud metadata addresses (169.254.169.254 and fd00:ec2::254 fall in
// link-local and unique-local), and addresses that are not unicast on the
// public internet. Data, read by url-policy.ts.
//
// IPv6 forms that carry an IPv4 address (IPv4-mapped ::ffff:a.b.c.d, the
// deprecated IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96 and 6to4
// 2002::/16) are not listed here: the embedded IPv4 address is checked
// against the IPv4 ranges instead (see `embeddedIpv4` in url-policy.ts).

export interface BlockedRange {
  /** Network address and prefix length, as in "10.0.0.0/8". */
  cidr: string;
  /** What the range is, for the refusal line: "a private address". */
  what: string;
}

export const BLOCKED_IPV4: readonly BlockedRange[] = [
  { cidr: "0.0.0.0/8", what: "an unspecified address" },
  { cidr: "10.0.0.0/8", what: "a private address" },
  { cidr: "100.64.0.0/10", what: "a carrier-grade NAT address" },
  { cidr: "127.0.0.0/8", what: "a loopback address" },
  { cidr: "169.254.0.0/16", what: "a link-local address (cloud metadata lives here)" },
  { cidr: "172.16.0.0/12", what: "a private address" },
  { cidr: "192.0.0.0/24", what: "a reserved address (IETF protocol assignments)" },
  { cidr: "192.0.2.0/24", what: "a reserved address (documentation)" },
  { cidr: "192.88.99.0/24", what: "a reserved address (6to4 relay)" },
  { cidr: "192.168.0.0/16", what: "a private address" },
  { cidr: "198.18.0.0/15", what: "a reserved address (benchmarking)" },
  { cidr: "198.51.100.0/24", what: "a reserved address (documentation)" },
  { cidr: "203.0.113.0/24", what: "a reserved address (documentation)" },
  { cidr: "224.0.0.0/4", what: "a multicast address" },
  { cidr: "240.0.0.0/4", what: "a reserved address (including broadcast)" },
];

export const BLOCKED_IPV6: readonly BlockedRange[] = [
  { cidr: "::/128", what: "an unspecified address" },
  { cidr: "::1/128", what: "a loopback address" },
  { cidr: "64:ff9b:1::/48", what: "a private address (local-use NAT64)" },
  { cidr: "100::/64", what: "a reserved address (discard-only)" },
  { cidr: "2001:db8::/32", what: "a reserved address (documentation)" },
  { cidr: "fc00::/7", what: "a private address (unique local)" },
  { cidr: "fe80::/10", what: "a link-local address" },
  { cidr: "fec0::/10", what: "a private address (site-local)" },
  { cidr: "ff00::/8", what: "a multicast address" },
];
