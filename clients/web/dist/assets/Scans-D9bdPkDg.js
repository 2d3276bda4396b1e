import{q as O,s as z,r as I,v as G,ab as M,j as t,D as U,E as c,G as F,H as C,K as P,a6 as g,ac as K,ad as V,ae as R,af as A,u as W,S as E,T as x,A as H,e as Q,b as X,m as _,n as J,C as D,g as Y,f as q,k as Z}from"./index-xnUEsOtu.js";import{u as rr}from"./useQuery-CujQRCRe.js";import{a as j,d as S,S as B,e as m}from"./security_service_pb-D41FBNNO.js";import{d as er,P as ar}from"./FormParts-BBxIMiHb.js";import{T as tr,H as nr,a as ir,b as or,c as b}from"./Tables-Cx7mCxcy.js";import{r as sr,w as lr}from"./format-bLMS37bT.js";import{T as cr}from"./TableContainer-DC0TEbsl.js";import"./vulnerability_pb-e9QXN3Sc.js";import"./useMutation-Bzdqz28l.js";import"./MenuItem-CmZ3ZPcK.js";function dr(e){return O("MuiLinearProgress",e)}z("MuiLinearProgress",["root","colorPrimary","colorSecondary","determinate","indeterminate","buffer","query","dashed","dashedColorPrimary","dashedColorSecondary","bar","bar1","bar2","barColorPrimary","barColorSecondary","bar1Indeterminate","bar1Determinate","bar1Buffer","bar2Indeterminate","bar2Buffer"]);const $=4,k=A`
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
      `:null,fr=e=>{const{classes:r,variant:a,color:o}=e,d={root:["root",`color${c(o)}`,a],dashed:["dashed",`dashedColor${c(o)}`],bar1:["bar","bar1",`barColor${c(o)}`,(a==="indeterminate"||a==="query")&&"bar1Indeterminate",a==="determinate"&&"bar1Determinate",a==="buffer"&&"bar1Buffer"],bar2:["bar","bar2",a!=="buffer"&&`barColor${c(o)}`,a==="buffer"&&`color${c(o)}`,(a==="indeterminate"||a==="query")&&"bar2Indeterminate",a==="buffer"&&"bar2Buffer"]};return F(d,dr,r)},w=(e,r)=>e.vars?e.vars.palette.LinearProgress[`${r}Bg`]:e.palette.mode==="light"?K(e.palette[r].main,.62):V(e.palette[r].main,.5),br=C("span",{name:"MuiLinearProgress",slot:"Root",overridesResolver:(e,r)=>{const{ownerState:a}=e;return[r.root,r[`color${c(a.color)}`],r[a.variant]]}})(P(({theme:e})=>({position:"relative",overflow:"hidden",display:"block",height:4,zIndex:0,"@media print":{colorAdjust:"exact"},variants:[...Object.entries(e.palette).filter(g()).map(([r])=>({props:{color:r},style:{backgroundColor:w(e,r)}})),{props:({ownerState:r})=>r.color==="inherit"&&r.variant!=="buffer",style:{"&::before":{content:'""',position:"absolute",left:0,top:0,right:0,bottom:0,backgroundColor:"currentColor",opacity:.3}}},{props:{variant:"buffer"},style:{backgroundColor:"transparent"}},{props:{variant:"query"},style:{transform:"rotate(180deg)"}}]}))),gr=C("span",{name:"MuiLinearProgress",slot:"Dashed",overridesResolver:(e,r)=>{const{ownerState:a}=e;return[r.dashed,r[`dashedColor${c(a.color)}`]]}})(P(({theme:e})=>({position:"absolute",marginTop:0,height:"100%",width:"100%",backgroundSize:"10px 10px",backgroundPosition:"0 -23px",variants:[{props:{color:"inherit"},style:{opacity:.3,backgroundImage:"radial-gradient(currentColor 0%, currentColor 16%, transparent 42%)"}},...Object.entries(e.palette).filter(g()).map(([r])=>{const a=w(e,r);return{props:{color:r},style:{backgroundImage:`radial-gradient(${a} 0%, ${a} 16%, transparent 42%)`}}})]})),mr||{animation:`${L} 3s infinite linear`}),vr=C("span",{name:"MuiLinearProgress",slot:"Bar1",overridesResolver:(e,r)=>{const{ownerState:a}=e;return[r.bar,r.bar1,r[`barColor${c(a.color)}`],(a.variant==="indeterminate"||a.variant==="query")&&r.bar1Indeterminate,a.variant==="determinate"&&r.bar1Determinate,a.variant==="buffer"&&r.bar1Buffer]}})(P(({theme:e})=>({width:"100%",position:"absolute",left:0,bottom:0,top:0,transition:"transform 0.2s linear",transformOrigin:"left",variants:[{props:{color:"inherit"},style:{backgroundColor:"currentColor"}},...Object.entries(e.palette).filter(g()).map(([r])=>({props:{color:r},style:{backgroundColor:(e.vars||e).palette[r].main}})),{props:{variant:"determinate"},style:{transition:`transform .${$}s linear`}},{props:{variant:"buffer"},style:{zIndex:1,transition:`transform .${$}s linear`}},{props:({ownerState:r})=>r.variant==="indeterminate"||r.variant==="query",style:{width:"auto"}},{props:({ownerState:r})=>r.variant==="indeterminate"||r.variant==="query",style:ur||{animation:`${k} 2.1s cubic-bezier(0.65, 0.815, 0.735, 0.395) infinite`}}]}))),hr=C("span",{name:"MuiLinearProgress",slot:"Bar2",overridesResolver:(e,r)=>{const{ownerState:a}=e;return[r.bar,r.bar2,r[`barColor${c(a.color)}`],(a.variant==="indeterminate"||a.variant==="query")&&r.bar2Indeterminate,a.variant==="buffer"&&r.bar2Buffer]}})(P(({theme:e})=>({width:"100%",position:"absolute",left:0,bottom:0,top:0,transition:"transform 0.2s linear",transformOrigin:"left",variants:[...Object.entries(e.palette).filter(g()).map(([r])=>({props:{color:r},style:{"--LinearProgressBar2-barColor":(e.vars||e).palette[r].main}})),{props:({ownerState:r})=>r.variant!=="buffer"&&r.color!=="inherit",style:{backgroundColor:"var(--LinearProgressBar2-barColor, currentColor)"}},{props:({ownerState:r})=>r.variant!=="buffer"&&r.color==="inherit",style:{backgroundColor:"currentColor"}},{props:{color:"inherit"},style:{opacity:.3}},...Object.entries(e.palette).filter(g()).map(([r])=>({props:{color:r,variant:"buffer"},style:{backgroundColor:w(e,r),transition:`transform .${$}s linear`}})),{props:({ownerState:r})=>r.variant==="indeterminate"||r.variant==="query",style:{width:"auto"}},{props:({ownerState:r})=>r.variant==="indeterminate"||r.variant==="query",style:pr||{animation:`${T} 2.1s cubic-bezier(0.165, 0.84, 0.44, 1) 1.15s infinite`}}]}))),yr=I.forwardRef(function(r,a){const o=G({props:r,name:"MuiLinearProgress"}),{className:d,color:s="primary",value:l,valueBuffer:u,variant:i="indeterminate",...f}=o,n={...o,color:s,variant:i},v=fr(n),N=M(),h={},y={bar1:{},bar2:{}};if((i==="determinate"||i==="buffer")&&l!==void 0){h["aria-valuenow"]=Math.round(l),h["aria-valuemin"]=0,h["aria-valuemax"]=100;let p=l-100;N&&(p=-p),y.bar1.transform=`translateX(${p}%)`}if(i==="buffer"&&u!==void 0){let p=(u||0)-100;N&&(p=-p),y.bar2.transform=`translateX(${p}%)`}return t.jsxs(br,{className:U(v.root,d),ownerState:n,role:"progressbar",...h,ref:a,...f,children:[i==="buffer"?t.jsx(gr,{className:v.dashed,ownerState:n}):null,t.jsx(vr,{className:v.bar1,ownerState:n,style:y.bar1}),i==="determinate"?null:t.jsx(hr,{className:v.bar2,ownerState:n,style:y.bar2})]})}),xr={[m.RECEIVING]:"receiving",[m.PARSING]:"parsing",[m.DEDUPLICATING]:"deduplicating",[m.STORING]:"storing",[m.EVALUATING_GATE]:"evaluating the gate",[m.COMPLETED]:"completed",[m.FAILED]:"failed"},Cr={[j.PASS]:["Pass","success"],[j.WARN]:["Warn","warning"],[j.FAIL]:["Fail","error"]};function Pr({scan:e}){const r=Y(),[a,o]=I.useState();I.useEffect(()=>{const l=new AbortController;return(async()=>{try{for await(const u of q(B).watchScan({id:e.id},{signal:l.signal}))o(u.progress)}catch{}l.signal.aborted||r.invalidateQueries({queryKey:["scans"]})})(),()=>l.abort()},[e.id,r]);const d=Number((a==null?void 0:a.findingsStored)??0n),s=Number((a==null?void 0:a.findingsDistinct)??0n);return t.jsxs(E,{spacing:.5,sx:{minWidth:160},children:[t.jsx(x,{variant:"caption",children:a?xr[a.phase]??"working":"starting"}),t.jsx(yr,{"aria-label":`Progress of the ${e.tool||"scan"} upload`,variant:s>0?"determinate":"indeterminate",value:s>0?100*d/s:void 0})]})}function jr({scan:e}){if(e.status===S.RECEIVING||e.status===S.PROCESSING)return t.jsx(Pr,{scan:e});if(e.status===S.FAILED)return t.jsx(D,{size:"small",color:"error",label:`Refused: ${e.error}`});const r=e.summary;return t.jsx("span",{children:r?`${r.new} new, ${r.updated} seen again, ${r.reopened} reopened, ${r.resolved} resolved`:"—"})}function Er(){var l,u;const[e,r]=W(),a=e.get("repository")??"",o=er(),d=o.token,s=rr({queryKey:["scans",a,d],queryFn:()=>q(B).listScans({repositoryId:a,pageSize:50,pageToken:d}),placeholderData:Z});return t.jsxs(E,{spacing:2,children:[t.jsx(x,{variant:"h4",component:"h1",children:"Scans"}),s.error&&t.jsx(H,{severity:"error",children:Q(s.error).message}),t.jsx(X,{size:"small",label:"Repository",value:a,onChange:i=>{o.reset(),r(i.target.value?{repository:i.target.value}:{})},sx:{maxWidth:320}}),t.jsx(cr,{children:t.jsxs(tr,{size:"small","aria-label":"Scans",children:[t.jsx(nr,{columns:["When","Where","Tool","Outcome","Gate"]}),t.jsx(ir,{children:(l=s.data)==null?void 0:l.scans.map(i=>{const f=i.gate?Cr[i.gate.verdict]:void 0,n=i.scope;return t.jsxs(or,{hover:!0,children:[t.jsx(b,{title:lr(i.createTime),children:sr(i.createTime)}),t.jsxs(b,{children:[t.jsxs(_,{component:J,to:`/vulnerabilities?repository=${encodeURIComponent((n==null?void 0:n.repositoryId)??"")}&branch=${encodeURIComponent((n==null?void 0:n.branch)??"")}`,children:[n==null?void 0:n.repositoryId," @ ",n==null?void 0:n.branch]}),(n==null?void 0:n.commitSha)&&t.jsx(x,{variant:"caption",component:"div",children:n.commitSha.slice(0,12)})]}),t.jsx(b,{children:i.tool||i.format}),t.jsx(b,{children:t.jsx(jr,{scan:i})}),t.jsx(b,{children:f?t.jsx(D,{size:"small",label:f[0],color:f[1]}):"—"})]},i.id)})})]})}),s.data&&s.data.scans.length===0&&t.jsx(x,{children:"No scans yet: upload a report with `secureflow scan upload`."}),t.jsx(ar,{pages:o,nextPageToken:(u=s.data)==null?void 0:u.nextPageToken})]})}export{Er as default};
