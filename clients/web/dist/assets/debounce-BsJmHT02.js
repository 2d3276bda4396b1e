import{r}from"./index-Db5iP3mz.js";const n=350;function i(t,e=n){const[s,o]=r.useState(t);return r.useEffect(()=>{const c=setTimeout(()=>o(t),e);return()=>clearTimeout(c)},[t,e]),s}export{i as u};
