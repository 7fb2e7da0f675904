# Prints, one per line, the candidates zsh's completion system offers for a command line.
# Usage: zsh -f zsh-complete.zsh COMPLETION_DIR MATCHES_FILE 'orcli chat --ma'
# An interactive zsh runs under a pseudo-terminal (zsh/zpty) with compinit and the completion
# functions in COMPLETION_DIR; compadd is wrapped to record every candidate it is given that
# matches the word being completed, then Tab is pressed after the typed words.
zmodload zsh/zpty || exit 3
local dir=$1 matches=$2 typed=$3
: >| $matches
zpty orcli_z zsh -f -i
zpty -w orcli_z "PS1='> '; fpath=(${(q)dir} \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w orcli_z "compadd() { builtin compadd \"\$@\"; local -a m; builtin compadd -O m \"\$@\"; print -r -l -- \$m >> ${(q)matches} }"
zpty -w orcli_z "print '<ready>'"
zpty -r orcli_z line '*<ready>*' || exit 4
zpty -w -n orcli_z "$typed"$'\t'
# The line editor handles keys in order: once it runs a command typed after the Tab (the
# line erased first with Ctrl-U), the completion has run.
zpty -w orcli_z $'\C-u'"print '<done>'"
zpty -r orcli_z line '*<done>*' || exit 5
zpty -d orcli_z
sort -u $matches
