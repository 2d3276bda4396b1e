import{q as z,s as G,r as I,v as M,ab as U,j as t,D as F,E as d,G as K,H as C,K as j,a6 as g,ac as V,ad as W,ae as R,af as A,u as H,S as D,T as x,A as Q,e as X,b as _,m as J,n as Y,C as q,g as Z,f as B,k as rr}from"./index-_Y5cCyDq.js";import{u as er}from"./useQuery-CLLivr0A.js";import{a as P,d as S,S as O,e as f}from"./security_service_pb-XTAbaEtC.js";import{d as ar,P as tr}from"./FormParts-BLVVloaO.js";import{r as nr,w as ir}from"./format-CME8N6CQ.js";import{T as or}from"./TableContainer-GY9WuMuY.js";import{T as sr,a as lr}from"./TableBody-CkQwMdJW.js";import{T as cr,a as E,b as c}from"./TableRow-BxNpmvfk.js";import"./vulnerability_pb-BplrmNQG.js";import"./useMutation-DDvlVbVl.js";import"./MenuItem-CBAM9cIN.js";function dr(e){return z("MuiLinearProgress",e)}G("MuiLinearProgress",["root","colorPrimary","colorSecondary","determinate","indeterminate","buffer","query","dashed","dashedColorPrimary","dashedColorSecondary","bar","bar1","bar2","barColorPrimary","barColorSecondary","bar1Indeterminate","bar1Determinate","bar1Buffer","bar2Indeterminate","bar2Buffer"]);const $=4,k=A`
  0% {
    left: -35%;
    right: 100%;
  }

  60% {
    left: 100%;
    right: -90%;
  }

  100% {
    left: 100%;
    right: -90%;
  }
`,ur=typeof k!="string"?R`
        animation: ${k} 2.1s cubic-bezier(0.65, 0.815, 0.735, 0.395) infinite;
      `:null,T=A`
  0% {
    left: -200%;
    right: 100%;
  }

  60% {
    left: 107%;
    right: -8%;
  }

  100% {
    left: 107%;
    right: -8%;
  }
`,pr=typeof T!="string"?R`
        animation: ${T} 2.1s cubic-bezier(0.165, 0.84, 0.44, 1) 1.15s infinite;
      `:null,L=A`
  0% {
    opacity: 1;
    background-position: 0 -23px;
  }

  60% {
    opacity: 0;
    background-position: 0 -23px;
  }

  100% {
    opacity: 1;
    background-position: -200px -23px;
  }
`,mr=typeof L!="string"?R`
        animation: ${L} 3s infinite linear;
      `:null,fr=e=>{const{classes:r,variant:a,color:o}=e,u={root:["root",`color${d(o)}`,a],dashed:["dashed",`dashedColor${d(o)}`],bar1:["bar","bar1",`barColor${d(o)}`,(a==="indeterminate"||a==="query")&&"bar1Indeterminate",a==="determinate"&&"bar1Determinate",a==="buffer"&&"bar1Buffer"],bar2:["bar","bar2",a!=="buffer"&&`barColor${d(o)}`,a==="buffer"&&`color${d(o)}`,(a==="indeterminate"||a==="query")&&"bar2Indeterminate",a==="buffer"&&"bar2Buffer"]};return K(u,dr,r)},N=(e,r)=>e.vars?e.vars.palette.LinearProgress[`${r}Bg`]:e.palette.mode==="light"?V(e.palette[r].main,.62):W(e.palette[r].main,.5),br=C("span",{name:"MuiLinearProgress",slot:"Root",overridesResolver:(e,r)=>{const{ownerState:a}=e;return[r.root,r[`color${d(a.color)}`],r[a.variant]]}})(j(({theme:e})=>({position:"relative",overflow:"hidden",display:"block",height:4,zIndex:0,"@media print":{colorAdjust:"exact"},variants:[...Object.entries(e.palette).filter(g()).map(([r])=>({props:{color:r},style:{backgroundColor:N(e,r)}})),{props:({ownerState:r})=>r.color==="inherit"&&r.variant!=="buffer",style:{"&::before":{content:'""',position:"absolute",left:0,top:0,right:0,bottom:0,backgroundColor:"currentColor",opacity:.3}}},{props:{variant:"buffer"},style:{backgroundColor:"transparent"}},{props:{variant:"query"},style:{transform:"rotate(180deg)"}}]}))),gr=C("span",{name:"MuiLinearProgress",slot:"Dashed",overridesResolver:(e,r)=>{const{ownerState:a}=e;return[r.dashed,r[`dashedColor${d(a.color)}`]]}})(j(({theme:e})=>({position:"absolute",marginTop:0,height:"100%",width:"100%",backgroundSize:"10px 10px",backgroundPosition:"0 -23px",variants:[{props:{color:"inherit"},style:{opacity:.3,backgroundImage:"radial-gradient(currentColor 0%, currentColor 16%, transparent 42%)"}},...Object.entries(e.palette).filter(g()).map(([r])=>{const a=N(e,r);return{props:{color:r},style:{backgroundImage:`radial-gradient(${a} 0%, ${a} 16%, transparent 42%)`}}})]})),mr||{animation:`${L} 3s infinite linear`}),hr=C("span",{name:"MuiLinearProgress",slot:"Bar1",overridesResolver:(e,r)=>{const{ownerState:a}=e;return[r.bar,r.bar1,r[`barColor${d(a.color)}`],(a.variant==="indeterminate"||a.variant==="query")&&r.bar1Indeterminate,a.variant==="determinate"&&r.bar1Determinate,a.variant==="buffer"&&r.bar1Buffer]}})(j(({theme:e})=>({width:"100%",position:"absolute",left:0,bottom:0,top:0,transition:"transform 0.2s linear",transformOrigin:"left",variants:[{props:{color:"inherit"},style:{backgroundColor:"currentColor"}},...Object.entries(e.palette).filter(g()).map(([r])=>({props:{color:r},style:{backgroundColor:(e.vars||e).palette[r].main}})),{props:{variant:"determinate"},style:{transition:`transform .${$}s linear`}},{props:{variant:"buffer"},style:{zIndex:1,transition:`transform .${$}s linear`}},{props:({ownerState:r})=>r.variant==="indeterminate"||r.variant==="query",style:{width:"auto"}},{props:({ownerState:r})=>r.variant==="indeterminate"||r.variant==="query",style:ur||{animation:`${k} 2.1s cubic-bezier(0.65, 0.815, 0.735, 0.395) infinite`}}]}))),vr=C("span",{name:"MuiLinearProgress",slot:"Bar2",overridesResolver:(e,r)=>{const{ownerState:a}=e;return[r.bar,r.bar2,r[`barColor${d(a.color)}`],(a.variant==="indeterminate"||a.variant==="query")&&r.bar2Indeterminate,a.variant==="buffer"&&r.bar2Buffer]}})(j(({theme:e})=>({width:"100%",position:"absolute",left:0,bottom:0,top:0,transition:"transform 0.2s linear",transformOrigin:"left",variants:[...Object.entries(e.palette).filter(g()).map(([r])=>({props:{color:r},style:{"--LinearProgressBar2-barColor":(e.vars||e).palette[r].main}})),{props:({ownerState:r})=>r.variant!=="buffer"&&r.color!=="inherit",style:{backgroundColor:"var(--LinearProgressBar2-barColor, currentColor)"}},{props:({ownerState:r})=>r.variant!=="buffer"&&r.color==="inherit",style:{backgroundColor:"currentColor"}},{props:{color:"inherit"},style:{opacity:.3}},...Object.entries(e.palette).filter(g()).map(([r])=>({props:{color:r,variant:"buffer"},style:{backgroundColor:N(e,r),transition:`transform .${$}s linear`}})),{props:({ownerState:r})=>r.variant==="indeterminate"||r.variant==="query",style:{width:"auto"}},{props:({ownerState:r})=>r.variant==="indeterminate"||r.variant==="query",style:pr||{animation:`${T} 2.1s cubic-bezier(0.165, 0.84, 0.44, 1) 1.15s infinite`}}]}))),yr=I.forwardRef(function(r,a){const o=M({props:r,name:"MuiLinearProgress"}),{className:u,color:s="primary",value:l,valueBuffer:p,variant:i="indeterminate",...b}=o,n={...o,color:s,variant:i},h=fr(n),w=U(),v={},y={bar1:{},bar2:{}};if((i==="determinate"||i==="buffer")&&l!==void 0){v["aria-valuenow"]=Math.round(l),v["aria-valuemin"]=0,v["aria-valuemax"]=100;let m=l-100;w&&(m=-m),y.bar1.transform=`translateX(${m}%)`}if(i==="buffer"&&p!==void 0){let m=(p||0)-100;w&&(m=-m),y.bar2.transform=`translateX(${m}%)`}return t.jsxs(br,{className:F(h.root,u),ownerState:n,role:"progressbar",...v,ref:a,...b,children:[i==="buffer"?t.jsx(gr,{className:h.dashed,ownerState:n}):null,t.jsx(hr,{className:h.bar1,ownerState:n,style:y.bar1}),i==="determinate"?null:t.jsx(vr,{className:h.bar2,ownerState:n,style:y.bar2})]})}),xr={[f.RECEIVING]:"receiving",[f.PARSING]:"parsing",[f.DEDUPLICATING]:"deduplicating",[f.STORING]:"storing",[f.EVALUATING_GATE]:"evaluating the gate",[f.COMPLETED]:"completed",[f.FAILED]:"failed"},Cr={[P.PASS]:["Pass","success"],[P.WARN]:["Warn","warning"],[P.FAIL]:["Fail","error"]};function jr({scan:e}){const r=Z(),[a,o]=I.useState();I.useEffect(()=>{const l=new AbortController;return(async()=>{try{for await(const p of B(O).watchScan({id:e.id},{signal:l.signal}))o(p.progress)}catch{}l.signal.aborted||r.invalidateQueries({queryKey:["scans"]})})(),()=>l.abort()},[e.id,r]);const u=Number((a==null?void 0:a.findingsStored)??0n),s=Number((a==null?void 0:a.findingsDistinct)??0n);return t.jsxs(D,{spacing:.5,sx:{minWidth:160},children:[t.jsx(x,{variant:"caption",children:a?xr[a.phase]??"working":"starting"}),t.jsx(yr,{"aria-label":`Progress of the ${e.tool||"scan"} upload`,variant:s>0?"determinate":"indeterminate",value:s>0?100*u/s:void 0})]})}function Pr({scan:e}){if(e.status===S.RECEIVING||e.status===S.PROCESSING)return t.jsx(jr,{scan:e});if(e.status===S.FAILED)return t.jsx(q,{size:"small",color:"error",label:`Refused: ${e.error}`});const r=e.summary;return t.jsx("span",{children:r?`${r.new} new, ${r.updated} seen again, ${r.reopened} reopened, ${r.resolved} resolved`:"—"})}function Dr(){var l,p;const[e,r]=H(),a=e.get("repository")??"",o=ar(),u=o.token,s=er({queryKey:["scans",a,u],queryFn:()=>B(O).listScans({repositoryId:a,pageSize:50,pageToken:u}),placeholderData:rr});return t.jsxs(D,{spacing:2,children:[t.jsx(x,{variant:"h4",component:"h1",children:"Scans"}),s.error&&t.jsx(Q,{severity:"error",children:X(s.error).message}),t.jsx(_,{size:"small",label:"Repository",value:a,onChange:i=>{o.reset(),r(i.target.value?{repository:i.target.value}:{})},sx:{maxWidth:320}}),t.jsx(or,{children:t.jsxs(sr,{size:"small","aria-label":"Scans",children:[t.jsx(cr,{children:t.jsxs(E,{children:[t.jsx(c,{children:"When"}),t.jsx(c,{children:"Where"}),t.jsx(c,{children:"Tool"}),t.jsx(c,{children:"Outcome"}),t.jsx(c,{children:"Gate"})]})}),t.jsx(lr,{children:(l=s.data)==null?void 0:l.scans.map(i=>{const b=i.gate?Cr[i.gate.verdict]:void 0,n=i.scope;return t.jsxs(E,{hover:!0,children:[t.jsx(c,{title:ir(i.createTime),children:nr(i.createTime)}),t.jsxs(c,{children:[t.jsxs(J,{component:Y,to:`/vulnerabilities?repository=${encodeURIComponent((n==null?void 0:n.repositoryId)??"")}&branch=${encodeURIComponent((n==null?void 0:n.branch)??"")}`,children:[n==null?void 0:n.repositoryId," @ ",n==null?void 0:n.branch]}),(n==null?void 0:n.commitSha)&&t.jsx(x,{variant:"caption",component:"div",children:n.commitSha.slice(0,12)})]}),t.jsx(c,{children:i.tool||i.format}),t.jsx(c,{children:t.jsx(Pr,{scan:i})}),t.jsx(c,{children:b?t.jsx(q,{size:"small",label:b[0],color:b[1]}):"—"})]},i.id)})})]})}),s.data&&s.data.scans.length===0&&t.jsx(x,{children:"No scans yet: upload a report with `secureflow scan upload`."}),t.jsx(tr,{pages:o,nextPageToken:(p=s.data)==null?void 0:p.nextPageToken})]})}export{Dr as default};
