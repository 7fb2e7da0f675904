# bash completion for orcli, the OpenRouter command-line client of OR Studio.
# Installed as /usr/share/bash-completion/completions/orcli.

_orcli_models()
{
    # Model ids from the cached catalogue only: completion never waits for the network.
    orcli models --offline --quiet 2>/dev/null | cut -d' ' -f1
}

_orcli()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null 2>&1; then
        _init_completion -n : || return
    else
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD-1]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi

    local commands="chat compare image models find show key credits generation batch mcp endpoints providers routing history usage help"
    local global="--format --base-url --timeout --max-time --retries --data-dir --quiet --verbose --dry-run --help --version"

    # The subcommand: the first word that is not an option or an option's value.
    local i command="" args=0
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --format|-F|--base-url|--timeout|--max-time|--retries|--data-dir|--continue|--limit|--to)
                ((i++)) ;;
            -*) ;;
            *)
                if [[ -z $command ]]; then
                    command=${words[i]}
                else
                    ((args++))
                fi
                ;;
        esac
    done

    case $prev in
        --format|-F) COMPREPLY=($(compgen -W "text json ndjson md csv" -- "$cur")); return ;;
        --data-dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --to) COMPREPLY=($(compgen -W "md json" -- "$cur")); return ;;
        --continue)
            COMPREPLY=($(compgen -W "last $(orcli history list --quiet 2>/dev/null |
                                           awk '{print $1}')" -- "$cur"))
            return ;;
        --base-url|--timeout|--max-time|--retries|--system|-s|--max-tokens|-m|--temperature|-t|--top-p|\
        --prompt|-p|--runs|\
        --seed|--stop|--models|--max-price|--min-context|--author|--limit|--count|\
        --concurrency|--model|--url|--header|--env|--provider-order|--provider-only|\
        --provider-ignore|--max-price-prompt|--max-price-completion|--max-cost)
            return ;;
        --by) COMPREPLY=($(compgen -W "day model provider" -- "$cur")); return ;;
        --origin) COMPREPLY=($(compgen -W "app cli" -- "$cur")); return ;;
        --since)
            COMPREPLY=($(compgen -W "1d 7d 2w 30d" -- "$cur")); return ;;
        --config) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --reasoning-effort)
            COMPREPLY=($(compgen -W "max xhigh high medium low minimal none" -- "$cur")); return ;;
        --provider-sort) COMPREPLY=($(compgen -W "price throughput latency" -- "$cur")); return ;;
        --quantizations)
            COMPREPLY=($(compgen -W "int4 int8 fp4 fp6 fp8 fp16 bf16 fp32 unknown" -- "$cur"))
            return ;;
        --routing)
            COMPREPLY=($(compgen -W "$(orcli routing list --quiet 2>/dev/null | cut -d' ' -f1)" \
                                 -- "$cur"))
            return ;;
        --sort)
            COMPREPLY=($(compgen -W "name price context created newest expiring" -- "$cur"))
            return ;;
        --aspect|-a)
            COMPREPLY=($(compgen -W "1:1 2:3 3:2 3:4 4:3 4:5 5:4 9:16 16:9 21:9" -- "$cur")); return ;;
        --size|-z) COMPREPLY=($(compgen -W "1K 2K 4K" -- "$cur")); return ;;
        --background|-b) COMPREPLY=($(compgen -W "auto transparent opaque" -- "$cur")); return ;;
        --quality) COMPREPLY=($(compgen -W "auto low medium high" -- "$cur")); return ;;
        --output-format) COMPREPLY=($(compgen -W "png jpeg webp" -- "$cur")); return ;;
        --info) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --api) COMPREPLY=($(compgen -W "auto chat images" -- "$cur")); return ;;
        --image|--file|--schema|--output|-o) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    esac

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$global" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    local options=""
    case $command in
        chat)
            options="--system --max-tokens --temperature --json --schema --top-p --seed --stop
                     --reasoning-effort --show-reasoning --image --file --web --stream --no-stream
                     --provider-order --provider-only --provider-ignore --no-fallbacks --provider-sort
                     --zdr --deny-data-collection --max-price-prompt --max-price-completion
                     --quantizations --require-parameters --routing --models --continue
                     --no-history --estimate --max-cost --over-budget" ;;
        compare)
            options="--prompt --system --runs --file --history --max-tokens --temperature --top-p
                     --seed --stop --reasoning-effort --web --estimate --max-cost --over-budget" ;;
        image)
            options="--output --aspect --size --background --count --image --seed --quality
                     --output-format --api --info --offline --refresh
                     --estimate --max-cost --over-budget" ;;
        models)
            options="--free --max-price --min-context --author --sort --desc --limit --changes
                     --since --expiring --offline --refresh" ;;
        find) options="--sort --desc --limit --offline --refresh" ;;
        show) options="--offline --refresh" ;;
        batch)
            options="--output --concurrency --model --progress
                     --provider-order --provider-only --provider-ignore --no-fallbacks --provider-sort
                     --zdr --deny-data-collection --max-price-prompt --max-price-completion
                     --quantizations --require-parameters --routing --models
                     --estimate --max-cost --over-budget" ;;
        usage) options="--since --by --origin" ;;
        routing)
            options="--provider-order --provider-only --provider-ignore --no-fallbacks
                     --provider-sort --zdr --deny-data-collection --max-price-prompt
                     --max-price-completion --quantizations --require-parameters --models" ;;
        endpoints|providers) options="" ;;
        history) options="--limit --to --output" ;;
        mcp) options="--url --header --env --disabled --token-stdin --config" ;;
        help) COMPREPLY=($(compgen -W "$commands" -- "$cur")); return ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options $global" -- "$cur"))
        return
    fi
    case $command in
        chat|image|show|endpoints)
            if ((args == 0)); then
                COMPREPLY=($(compgen -W "$(_orcli_models)" -- "$cur"))
            fi
            ;;
        models)
            COMPREPLY=($(compgen -W "vision image_gen tools long_context reasoning structured
                                     audio file free" -- "$cur")) ;;
        compare) COMPREPLY=($(compgen -W "$(_orcli_models)" -- "$cur")) ;;
        batch) COMPREPLY=($(compgen -f -- "$cur")) ;;
        history)
            if ((args == 0)); then
                COMPREPLY=($(compgen -W "list show search export rm" -- "$cur"))
            elif ((args == 1)); then
                case ${words[i - 1]} in
                    show|export|rm)
                        COMPREPLY=($(compgen -W "last $(orcli history list --quiet 2>/dev/null |
                                                        awk '{print $1}')" -- "$cur")) ;;
                esac
            fi
            ;;
        routing)
            if ((args == 0)); then
                COMPREPLY=($(compgen -W "list save remove" -- "$cur"))
            elif ((args == 1)); then
                COMPREPLY=($(compgen -W "$(orcli routing list --quiet 2>/dev/null |
                                           cut -d' ' -f1)" -- "$cur"))
            fi
            ;;
        mcp)
            if ((args == 0)); then
                COMPREPLY=($(compgen -W "list tools add import remove enable disable serve" \
                                     -- "$cur"))
            elif ((args == 1)); then
                case ${words[i - 1]} in
                    import) COMPREPLY=($(compgen -f -- "$cur")) ;;
                    tools|remove|enable|disable)
                        COMPREPLY=($(compgen -W "$(orcli mcp list --quiet 2>/dev/null |
                                                   cut -d' ' -f1)" -- "$cur")) ;;
                esac
            fi
            ;;
    esac
}

_orcli_main()
{
    _orcli
    # Model ids (":free") and ratios ("16:9") hold colons, which bash splits words on.
    if declare -F __ltrim_colon_completions >/dev/null 2>&1; then
        __ltrim_colon_completions "${COMP_WORDS[COMP_CWORD]}"
    fi
}

complete -F _orcli_main orcli
