/**
 * The next page's token, from wherever a page of the model says it: `isTruncated: false` ends the
 * list; otherwise the token itself, or the `nextToken` of the `_links.next.href` URL when the page
 * only links to the next one. Hand-written; the generated operations use it.
 */
export const next = (
  truncated: boolean | undefined,
  token: string | undefined,
  link: string | undefined
): string | undefined => {
  if (truncated === false) return undefined
  if (token !== undefined && token !== "") return token
  if (link === undefined) return undefined
  // the link may be relative: any base serves to read its query
  const url = URL.canParse(link, "https://api.amazonalexa.com")
    ? new URL(link, "https://api.amazonalexa.com")
    : undefined
  const fromLink = url?.searchParams.get("nextToken")
  return fromLink === null || fromLink === "" ? undefined : fromLink
}
