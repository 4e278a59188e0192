#!/usr/bin/env bash
# The compare step of action.yml: for every .policy file the pull request adds, changes, renames or
# deletes (under REDLINE_PATHS), run `redline compare <base-sha>:<file> <file> --format md`, append
# the results to the job summary and, with GH_TOKEN, keep one pull-request comment up to date.
# Inputs come only from the environment (BASE_SHA, PR_NUMBER, REPOSITORY, REDLINE_PATHS, GH_TOKEN);
# file names come from git and are always quoted, never evaluated.
set -euo pipefail

MARKER='<!-- redline-compare -->'
redline=(node "$GITHUB_ACTION_PATH/bin/redline.js")
body="$RUNNER_TEMP/redline-compare.md"
weakened=false
failed=false

if [ -z "${BASE_SHA:-}" ]; then
  echo "::warning::redline: no base commit (not a pull request); nothing to compare"
  echo "weakened=false" >> "$GITHUB_OUTPUT"
  exit 0
fi
# A shallow checkout may lack the base commit; fetch just that commit.
if ! git cat-file -e "${BASE_SHA}^{commit}" 2>/dev/null; then
  git fetch --no-tags --depth=1 origin "$BASE_SHA"
fi

# The abbreviated commit keeps the comparison's labels readable; git show accepts it.
base="${BASE_SHA:0:12}"
read -r -a paths <<< "${REDLINE_PATHS:-.}"
printf '%s\n\n' "$MARKER" > "$body"
compared=0

# compare OLD NEW: one section of the comment (it names both versions); notes a weakened safeguard.
# An added file is compared with /dev/null as its old version, a deleted one with /dev/null as its new.
compare() {
  local code=0
  "${redline[@]}" compare "$1" "$2" --format md --fail-on-weakened >> "$body" || code=$?
  if [ "$code" -eq 1 ]; then weakened=true; elif [ "$code" -ne 0 ]; then
    failed=true
    echo "::error::redline: could not compare a changed policy (exit $code); see the log above"
  fi
  printf '\n' >> "$body"
  compared=$((compared + 1))
}

# -z: NUL-separated, so any file name survives; -M: a renamed file is compared with its old name.
while IFS= read -r -d '' status; do
  IFS= read -r -d '' path
  old="$path"
  if [[ "$status" == R* ]]; then IFS= read -r -d '' path; fi
  [[ "$path" == *.policy || "$old" == *.policy ]] || continue
  case "$status" in
    A) compare /dev/null "$path" ;;
    D) compare "$base:$old" /dev/null ;;
    *) compare "$base:$old" "$path" ;;
  esac
done < <(git diff -z --name-status -M "$BASE_SHA" HEAD -- "${paths[@]}")

echo "weakened=$weakened" >> "$GITHUB_OUTPUT"
if [ "$compared" -eq 0 ]; then
  echo "No .policy file changed." >> "$body"
fi
cat "$body" >> "$GITHUB_STEP_SUMMARY"
# A comparison that could not run fails the step, after the others are reported.
finish() { if [ "$failed" = true ]; then exit 1; fi; exit 0; }

if [ -z "${GH_TOKEN:-}" ] || [ -z "${PR_NUMBER:-}" ]; then finish; fi
if ! command -v gh > /dev/null; then
  echo "::warning::redline: the GitHub CLI (gh) is not installed; the comparison is in the job summary only"
  finish
fi
# GitHub refuses comments over 65536 characters.
if [ "$(wc -c < "$body")" -gt 65000 ]; then
  head -c 64000 "$body" > "$body.cut"
  printf '\n\n*Cut short; the whole comparison is in the job summary.*\n' >> "$body.cut"
  mv "$body.cut" "$body"
fi
# One sticky comment: update the one that carries the marker, or post it.
existing=$(gh api "repos/$REPOSITORY/issues/$PR_NUMBER/comments" --paginate \
  --jq ".[] | select(.body | startswith(\"$MARKER\")) | .id" 2>/dev/null | head -n 1 || true)
if [ -n "$existing" ]; then
  gh api -X PATCH "repos/$REPOSITORY/issues/comments/$existing" -F "body=@$body" > /dev/null ||
    echo "::warning::redline: could not update the pull-request comment (does the token have pull-requests: write?)"
else
  gh api "repos/$REPOSITORY/issues/$PR_NUMBER/comments" -F "body=@$body" > /dev/null ||
    echo "::warning::redline: could not comment on the pull request (does the token have pull-requests: write?)"
fi
finish
